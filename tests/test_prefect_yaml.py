"""prefect.yaml: parses, validates against Prefect's own schema, and points at real flows.

Prefect 3.9 ships no JSON schema file for prefect.yaml. What `prefect deploy` itself uses
is the pydantic model `prefect.cli.deploy._models.PrefectYamlModel` (loaded by
`prefect.cli.deploy._config._load_deploy_configs_and_actions`), so these tests check the file
(1) against that model's JSON schema with jsonschema, (2) with the model and Prefect's own
loader, (3) schedules with the strict `RawScheduleConfig` (extra keys forbidden) and
`CronSchedule` (Prefect's cron validator), and (4) that no deployment key is one the
lenient model would silently ignore (a typo such as `concurency_limit`).
No Prefect server is needed: nothing here talks to the API.
"""
from __future__ import annotations

import asyncio
import importlib.util
import io
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

ROOT = Path(__file__).resolve().parents[1]
PREFECT_YAML = ROOT / "prefect.yaml"

EXPECTED = {
    # name: (entrypoint, cron or None, parameters)
    "ingest-feeds": ("flows/ingest.py:ingest_flow", "*/30 * * * *", {"sources": []}),
    "extract": ("flows/extract.py:extract_flow", "10,40 * * * *", {}),
    # resolve then report, publishing the markdown digest: one daily run, no race between them
    "daily-digest": ("flows/digest.py:digest_flow", "0 6 * * *", {}),
    "pipeline": ("flows/pipeline.py:pipeline_flow", None, {}),
}


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data = yaml.safe_load(PREFECT_YAML.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def deployments(raw: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["name"]: d for d in raw["deployments"]}


def test_yaml_parses_and_names_the_project(raw: dict[str, Any]) -> None:
    assert raw["name"] == "rumourmill"
    assert [d["name"] for d in raw["deployments"]] == list(EXPECTED)


def test_validates_against_prefects_json_schema(raw: dict[str, Any]) -> None:
    import jsonschema
    from prefect.cli.deploy._models import PrefectYamlModel

    schema = PrefectYamlModel.model_json_schema(by_alias=True)
    jsonschema.validate(raw, schema)  # raises ValidationError with the offending path
    # and the schema really constrains: a wrong type is rejected
    bad = {**raw, "deployments": [{**raw["deployments"][0], "concurrency_limit": "one"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_prefect_deploy_loader_accepts_every_deployment() -> None:
    from prefect.cli.deploy._config import _load_deploy_configs_and_actions
    from rich.console import Console

    out = io.StringIO()
    configs, actions = _load_deploy_configs_and_actions(PREFECT_YAML, console=Console(file=out, width=200))
    assert out.getvalue() == "", out.getvalue()  # the loader prints validation errors, then skips
    assert [c["name"] for c in configs] == list(EXPECTED)
    assert actions["pull"] and actions["build"]


def test_no_key_is_silently_ignored(raw: dict[str, Any]) -> None:
    from prefect.cli.deploy._models import DeploymentConfig, PrefectYamlModel, WorkPoolConfig

    top = {f.alias or name for name, f in PrefectYamlModel.model_fields.items()} | {"definitions"}
    assert set(raw) <= top, set(raw) - top
    for d in raw["deployments"]:
        assert set(d) <= set(DeploymentConfig.model_fields), (d["name"], set(d) - set(DeploymentConfig.model_fields))
        assert set(d["work_pool"]) <= set(WorkPoolConfig.model_fields)
        DeploymentConfig.model_validate(d)


def test_deployments_pool_concurrency_parameters(deployments: dict[str, dict[str, Any]]) -> None:
    for name, (entrypoint, _, params) in EXPECTED.items():
        d = deployments[name]
        assert d["entrypoint"] == entrypoint
        assert d["concurrency_limit"] == 1
        assert d["work_pool"]["name"] == "rumourmill-process"
        assert d["parameters"] == params
        assert d["work_pool"]["job_variables"]["env"]["DO_NOT_TRACK"] == "1"


def test_schedules_are_valid_crons(deployments: dict[str, dict[str, Any]]) -> None:
    from prefect.cli.deploy._models import RawScheduleConfig
    from prefect.client.schemas.schedules import CronSchedule

    for name, (_, cron, _) in EXPECTED.items():
        schedules = deployments[name].get("schedules") or []
        if cron is None:
            assert schedules == [], f"{name} is for manual runs only"
            continue
        assert len(schedules) == 1
        s = RawScheduleConfig.model_validate(schedules[0])  # extra keys forbidden
        assert s.cron == cron
        CronSchedule(cron=s.cron, timezone=s.timezone)  # Prefect's cron and timezone validation
    with pytest.raises(ValueError):
        CronSchedule(cron="*/30 * * *")  # the validator does reject a broken cron


def test_pull_step_sets_the_repo_root_as_working_directory(raw: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the build steps as `prefect deploy` does from the repo root, then template the pull step.

    Each step is called directly (`prefect.deployments.steps.core.run_steps` would start a
    temporary Prefect server just to emit events); outputs are keyed by the step's `id`, as there.
    """
    from prefect.utilities.importtools import import_object
    from prefect.utilities.templating import apply_values

    monkeypatch.chdir(ROOT)
    outputs: dict[str, Any] = {}
    for step in raw["build"]:
        ((fqn, inputs),) = step.items()
        inputs = dict(inputs)
        step_id = inputs.pop("id")
        result = import_object(fqn)(**inputs)
        outputs[step_id] = asyncio.run(result) if asyncio.iscoroutine(result) else result
    pull = apply_values(raw["pull"], outputs, remove_notset=False)
    assert [list(step) for step in pull] == [["prefect.deployments.steps.set_working_directory"]]
    directory = pull[0]["prefect.deployments.steps.set_working_directory"]["directory"]
    assert Path(directory).resolve() == ROOT


@pytest.mark.parametrize("name", list(EXPECTED))
def test_entrypoint_is_a_prefect_flow(name: str) -> None:
    """Fails until the lead adds the flow file: that is intended (no skip)."""
    from prefect.flows import Flow, load_flow_from_entrypoint

    entrypoint = EXPECTED[name][0]
    path, func = entrypoint.split(":")
    assert (ROOT / path).is_file(), f"{path} does not exist"
    assert importlib.util.find_spec("prefect")
    cwd = os.getcwd()
    os.chdir(ROOT)  # entrypoints are relative to the working directory set by the pull step
    try:
        flow = load_flow_from_entrypoint(entrypoint)
    finally:
        os.chdir(cwd)
    assert isinstance(flow, Flow), f"{entrypoint} is not decorated with @flow"
    assert flow.fn.__name__ == func
