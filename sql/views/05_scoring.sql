-- Scalar helpers shared by the track-record views.

-- Wilson score lower bound at 90% (z = 1.6449) for k true of n judged; NULL when n = 0.
-- The ranking key of every track record: 3 of 3 (0.53) ranks below 80 of 90 (0.82).
CREATE OR REPLACE MACRO wilson_lower(k, n) AS
    CASE WHEN n > 0 THEN
        (k / n + 1.6449 ^ 2 / (2 * n)
         - 1.6449 * sqrt((k / n) * (1 - k / n) / n + 1.6449 ^ 2 / (4 * n * n)))
        / (1 + 1.6449 ^ 2 / n)
    END;

-- Text as its lower-case words (letters, digits, _) one space apart, padded with spaces, so
-- that contains(word_string(quote), ' ' || cue || ' ') finds a cue as whole words. A constant
-- pattern: a regex built per row would be compiled per row (minutes at 100k claims).
CREATE OR REPLACE MACRO word_string(text) AS
    ' ' || array_to_string(regexp_split_to_array(lower(text), '[^\p{L}\p{N}_]+'), ' ') || ' ';
