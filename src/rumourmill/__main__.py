from rumourmill.cli import main

raise SystemExit(main())
