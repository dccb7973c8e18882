"""The production deploy files agree with the repository they deploy.

No Docker engine runs where these tests do, so nothing here starts a container.
The tests read deploy/docker-compose.yml, deploy/Dockerfile, deploy/.env.example and
deploy/nginx/marketplace.conf and check that everything they name exists: management
commands, modules, files, services, volumes and variables. Each failure says which
file names what, and what is missing.
"""

import ast
import fnmatch
import importlib
import json
import os
import re
import runpy
import shlex
import subprocess
import sys
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import pytest
import yaml

pytestmark = pytest.mark.same_on_every_database

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
COMPOSE_FILE = DEPLOY / "docker-compose.yml"
DOCKERFILE = DEPLOY / "Dockerfile"
DOCKERIGNORE = DEPLOY / "Dockerfile.dockerignore"
ENV_EXAMPLE = DEPLOY / ".env.example"
NGINX_CONF = DEPLOY / "nginx" / "marketplace.conf"
SETTINGS_FILE = REPO / "marketplace" / "settings.py"

REQUIRED_SERVICES = (
    "postgres", "redis", "elasticsearch", "migrate", "web", "worker", "beat", "nginx",
)
# Services that run the marketplace image, whatever else the compose file adds.
REQUIRED_APP_SERVICES = ("migrate", "web", "worker", "beat")
# Without these the production profile does not start or has nothing to talk to.
REQUIRED_ENV_VARIABLES = (
    "DJANGO_SECRET_KEY",
    "DATABASE_URL",
    "REDIS_URL",
    "CELERY_BROKER_URL",
    "ELASTICSEARCH_URL",
    "ALLOWED_HOSTS",
    "STRIPE_SECRET_KEY",
    "STRIPE_WEBHOOK_SECRET",
)
# Variables holding the address of another compose service.
SERVICE_URL_VARIABLES = ("DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL", "ELASTICSEARCH_URL")


def relative(path):
    return Path(path).relative_to(REPO).as_posix()


def read_text(path):
    if not path.is_file():
        pytest.fail(f"{relative(path)} is missing")
    return path.read_text(encoding="utf-8")


def report(problems, heading):
    assert not problems, heading + ":\n  - " + "\n  - ".join(problems)


# --- reading the files ------------------------------------------------------------


@pytest.fixture(scope="module")
def compose():
    data = yaml.safe_load(read_text(COMPOSE_FILE))
    assert isinstance(data, dict) and isinstance(data.get("services"), dict), (
        "deploy/docker-compose.yml has no `services:` mapping"
    )
    return data


@pytest.fixture(scope="module")
def services(compose):
    return compose["services"]


def dockerfile_instructions():
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    instructions, pending = [], ""
    for line in read_text(DOCKERFILE).splitlines():
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if stripped.startswith("#"):  # a comment inside a continued instruction
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        keyword, _, arguments = (pending + stripped).partition(" ")
        instructions.append((keyword.upper(), arguments.strip()))
        pending = ""
    return instructions


def exec_form_or_words(arguments):
    """A Dockerfile or compose command, JSON (exec) form or shell words, as a list."""
    if isinstance(arguments, list):
        return [str(word) for word in arguments]
    if arguments.lstrip().startswith("["):
        return json.loads(arguments)
    return shlex.split(arguments)


def dockerfile_copies():
    """The COPY/ADD instructions that take files from the build context: their sources."""
    copies = []
    for keyword, arguments in dockerfile_instructions():
        if keyword not in ("COPY", "ADD"):
            continue
        words = exec_form_or_words(arguments)
        flags = [word for word in words if word.startswith("--")]
        if any(flag.startswith("--from=") for flag in flags):
            continue  # from another stage or image, not from the repository
        paths = [word for word in words if not word.startswith("--")]
        copies.append((f"{keyword} {arguments}", paths[:-1]))
    return copies


def dockerfile_env():
    """The ENV values the image sets (NAME=value form)."""
    env = {}
    for keyword, arguments in dockerfile_instructions():
        if keyword == "ENV":
            for word in shlex.split(arguments):
                name, sep, value = word.partition("=")
                if sep:
                    env[name] = value
    return env


def dockerfile_cmd():
    commands = [arguments for keyword, arguments in dockerfile_instructions() if keyword == "CMD"]
    assert commands, "deploy/Dockerfile has no CMD"
    return exec_form_or_words(commands[-1])


def dockerfile_workdir():
    workdirs = [arguments for keyword, arguments in dockerfile_instructions()
                if keyword == "WORKDIR"]
    assert workdirs, "deploy/Dockerfile sets no WORKDIR"
    return PurePosixPath(workdirs[-1])


def dockerignore_patterns():
    if not DOCKERIGNORE.is_file():
        return []
    return [
        line.strip()
        for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]


def ignored_by_docker(path, patterns):
    """Whether the build context leaves `path` out (the last matching pattern wins)."""
    parts = PurePosixPath(path).parts
    candidates = ["/".join(parts[:end]) for end in range(1, len(parts) + 1)]
    ignored = False
    for pattern in patterns:
        negated = pattern.startswith("!")
        pattern = pattern.lstrip("!").strip("/")
        alternatives = [pattern, pattern[3:]] if pattern.startswith("**/") else [pattern]
        if any(fnmatch.fnmatchcase(c, p) for c in candidates for p in alternatives):
            ignored = not negated
    return ignored


def copied_into_image(path):
    """Whether one of the Dockerfile's COPY sources is `path` or a folder holding it."""
    path = PurePosixPath(path)
    for _instruction, sources in dockerfile_copies():
        for source in sources:
            source = PurePosixPath(source.rstrip("/") or ".")
            if str(source) == "." or path == source or source in path.parents:
                return True
    return False


def in_repository(image_path):
    """The repository file behind a path inside the image (relative to WORKDIR)."""
    path = PurePosixPath(image_path)
    if path.is_absolute():
        try:
            path = path.relative_to(dockerfile_workdir())
        except ValueError:
            return None
    return path.as_posix()


def env_example():
    """(variables set, variables only mentioned in a comment) in deploy/.env.example."""
    assigned, mentioned = {}, set()
    for line in read_text(ENV_EXAMPLE).splitlines():
        match = re.match(r"^\s*(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$", line)
        if not match:
            continue
        commented, name, value = match.groups()
        if commented:
            mentioned.add(name)
        else:
            assigned[name] = value.strip().strip("'\"")
    return assigned, mentioned


def variables_the_settings_read():
    """Every NAME in env.<type>("NAME", ...) or env("NAME") in marketplace/settings.py."""
    names = set()
    for node in ast.walk(ast.parse(read_text(SETTINGS_FILE))):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue
        function = node.func
        reads_env = (
            isinstance(function, ast.Attribute)
            and (
                (isinstance(function.value, ast.Name) and function.value.id == "env")
                or isinstance(function.value, ast.Call)  # environ.Env().str(...)
            )
        ) or (isinstance(function, ast.Name) and function.id == "env")
        if reads_env and re.fullmatch(r"[A-Z][A-Z0-9_]*", first.value):
            names.add(first.value)
    return names


def nginx_config():
    """The nginx file without comments."""
    return re.sub(r"#[^\n]*", "", read_text(NGINX_CONF))


def nginx_block(config, opening):
    """The text between the braces of the block that starts with `opening` (a regex)."""
    match = re.search(opening + r"\s*\{", config)
    if not match:
        return None
    depth, start = 1, match.end()
    for index in range(start, len(config)):
        if config[index] == "{":
            depth += 1
        elif config[index] == "}":
            depth -= 1
            if depth == 0:
                return config[start:index]
    return None


def app_services(services):
    """The services that run the image built from deploy/Dockerfile."""
    built_images = {spec.get("image") for spec in services.values() if spec.get("build")}
    return {
        name: spec
        for name, spec in services.items()
        if spec.get("build") or (spec.get("image") and spec.get("image") in built_images)
    }


def service_command(spec):
    """The argv a marketplace container runs: its `command`, else the Dockerfile's CMD."""
    if spec.get("entrypoint"):
        pytest.fail("an app service overrides `entrypoint`; teach this test about it")
    if spec.get("command") is None:
        return dockerfile_cmd()
    return exec_form_or_words(spec["command"])


def volume_mounts(spec):
    """(source, target, type) of a service's volumes, short or long syntax."""
    mounts = []
    for entry in spec.get("volumes") or []:
        if isinstance(entry, dict):
            mounts.append((str(entry.get("source", "")), entry["target"], entry.get("type")))
            continue
        parts = entry.split(":")
        if len(parts) == 1:  # an anonymous volume
            mounts.append(("", parts[0], "volume"))
            continue
        source, target = parts[0], parts[1]
        bind = source.startswith((".", "/", "~"))
        mounts.append((source, target, "bind" if bind else "volume"))
    return mounts


def depends_on(spec):
    """{service: condition} of a service's depends_on, list or mapping syntax."""
    dependencies = spec.get("depends_on") or {}
    if isinstance(dependencies, list):
        return {name: "service_started" for name in dependencies}
    return {name: (options or {}).get("condition", "service_started")
            for name, options in dependencies.items()}


def option_value(argv, short, long):
    """The value of -x VALUE / -xVALUE / --long VALUE / --long=VALUE in argv, or None."""
    for index, word in enumerate(argv):
        if word in (short, long) and index + 1 < len(argv):
            return argv[index + 1]
        if long and word.startswith(long + "="):
            return word.split("=", 1)[1]
        attached = short and word.startswith(short) and not word.startswith("--")
        if attached and len(word) > len(short):
            return word[len(short):]
    return None


# --- what a command names must exist ------------------------------------------------


def manage_py_problems(where, argv):
    from django.core.management import get_commands

    problems = []
    if not (REPO / "manage.py").is_file():
        problems.append(f"{where}: runs manage.py, which is not in the repository")
    elif not copied_into_image("manage.py"):
        problems.append(f"{where}: runs manage.py, which deploy/Dockerfile does not COPY")
    if len(argv) < 3:
        return problems + [f"{where}: `{' '.join(argv)}` names no management command"]
    if argv[2] not in get_commands():
        problems.append(
            f"{where}: `manage.py {argv[2]}` is not a management command of this project "
            f"(not in django.core.management.get_commands())"
        )
    return problems


def repository_file_problems(where, image_path, what):
    path = in_repository(image_path)
    if path is None:
        return [f"{where}: {what} {image_path} is outside the image's WORKDIR"]
    if not (REPO / path).is_file():
        return [f"{where}: {what} {path} does not exist in the repository"]
    if not copied_into_image(path):
        return [f"{where}: {what} {path} is not copied into the image by deploy/Dockerfile"]
    return []


def import_problems(where, dotted, attribute):
    try:
        module = importlib.import_module(dotted)
    except ImportError as exc:
        return [f"{where}: module {dotted} does not import: {exc}"]
    if not hasattr(module, attribute):
        return [f"{where}: module {dotted} defines no `{attribute}`"]
    return []


def gunicorn_problems(where, argv):
    # Options of gunicorn's that take a value, so it is not taken for the app.
    valued = {"-c", "--config", "-b", "--bind", "-w", "--workers", "-k", "--worker-class",
              "-t", "--timeout", "--chdir", "--log-level", "--access-logfile",
              "--error-logfile", "-e", "--env", "--pythonpath"}
    problems, positional, skip = [], [], False
    for word in argv[1:]:
        if skip:
            skip = False
        elif word in valued:
            skip = True
        elif not word.startswith("-"):
            positional.append(word)
    config = option_value(argv, "-c", "--config")
    if config is None:
        problems.append(f"{where}: gunicorn runs without -c deploy/gunicorn.conf.py")
    else:
        problems += repository_file_problems(where, config, "the gunicorn config")
    if len(positional) != 1 or ":" not in positional[0]:
        return problems + [
            f"{where}: gunicorn needs one WSGI app as module:callable, got {positional}"
        ]
    module, _, callable_name = positional[0].partition(":")
    return problems + import_problems(where, module, callable_name)


def celery_problems(where, argv, spec):
    from celery import Celery
    from celery.app.utils import find_app

    problems = []
    app_name = option_value(argv, "-A", "--app")
    if app_name is None:
        return [f"{where}: celery runs without -A marketplace"]
    problems += import_problems(where, f"{app_name}.celery", "app")
    try:
        app = find_app(app_name)
    except (ImportError, AttributeError) as exc:  # the lookup `celery -A` itself does
        problems.append(f"{where}: `celery -A {app_name}` finds no Celery app: {exc}")
    else:
        if not isinstance(app, Celery):
            problems.append(f"{where}: `celery -A {app_name}` finds {app!r}, not a Celery app")
    subcommands = [word for word in argv[1:] if word in ("worker", "beat")]
    if not subcommands:
        problems.append(f"{where}: celery runs neither `worker` nor `beat`: {argv}")
    if "beat" in subcommands:
        schedule = option_value(argv, "-s", "--schedule")
        targets = {target for _source, target, kind in volume_mounts(spec) if kind == "volume"}
        if schedule is None:
            problems.append(f"{where}: beat keeps its schedule in the working directory; "
                            f"pass --schedule with a path on a volume")
        elif str(PurePosixPath(schedule).parent) not in targets:
            problems.append(f"{where}: beat's schedule {schedule} is not on a volume "
                            f"(volumes mounted at {sorted(targets)})")
    return problems


def command_problems(where, argv, spec):
    program = PurePosixPath(argv[0]).name
    if program.startswith("python") and len(argv) > 1 and argv[1] == "manage.py":
        return manage_py_problems(where, argv)
    if program == "gunicorn":
        return gunicorn_problems(where, argv)
    if program == "celery":
        return celery_problems(where, argv, spec)
    return [f"{where}: no check knows the command {argv}; teach tests/deploy/test_compose.py"]


# --- compose ------------------------------------------------------------------------------


def test_compose_defines_every_service_of_the_production_profile(services):
    missing = [name for name in REQUIRED_SERVICES if name not in services]
    assert not missing, f"deploy/docker-compose.yml has no service {', '.join(missing)}"


def test_marketplace_services_run_the_image_built_from_deploy_dockerfile(services):
    problems = []
    built = app_services(services)
    for name in REQUIRED_APP_SERVICES:
        if name not in built:
            problems.append(f"service {name} does not run the marketplace image (no `build:`)")
    for name, spec in built.items():
        build = spec.get("build")
        if not build:
            continue
        if isinstance(build, str):
            build = {"context": build}
        context = (DEPLOY / build.get("context", ".")).resolve()
        dockerfile = (context / build.get("dockerfile", "Dockerfile")).resolve()
        if context != REPO:
            problems.append(f"service {name}: build context {build.get('context')} is "
                            f"{context}, not the repository root")
        if dockerfile != DOCKERFILE:
            problems.append(f"service {name}: builds {dockerfile}, not deploy/Dockerfile")
        if not dockerfile.is_file():
            problems.append(f"service {name}: its Dockerfile {dockerfile} does not exist")
    report(problems, "deploy/docker-compose.yml builds the wrong image")


def test_every_command_names_something_that_exists_in_the_repository(services):
    problems = []
    for name, spec in app_services(services).items():
        problems += command_problems(f"service {name}", service_command(spec), spec)
    problems += command_problems("deploy/Dockerfile CMD", dockerfile_cmd(), {})
    report(problems, "deploy/ runs commands that do not exist")


def test_the_one_shot_services_migrate_and_exit(services):
    migrate = services.get("migrate")
    assert migrate, "deploy/docker-compose.yml has no migrate service"
    argv = service_command(migrate)
    assert argv[1:4] == ["manage.py", "migrate", "--noinput"], (
        f"service migrate runs {argv}, not `python manage.py migrate --noinput`"
    )
    assert str(migrate.get("restart", "no")) == "no", (
        "service migrate would be restarted after it finishes: set `restart: \"no\"`"
    )


def test_web_health_check_calls_a_url_the_site_serves(services):
    from django.urls import Resolver404, resolve

    health = services["web"].get("healthcheck", {})
    test = health.get("test")
    assert test, "service web has no healthcheck; nginx and `depends_on` rely on it"
    if isinstance(test, str):
        argv = shlex.split(test)
    elif test[0] == "CMD-SHELL":
        argv = shlex.split(" ".join(test[1:]))
    else:
        argv = test[1:] if test[0] == "CMD" else test
    problems = []
    for word in argv:
        if word.endswith(".py"):
            problems += repository_file_problems("web healthcheck", word, "the script")
        if word.startswith("http"):
            path = urlsplit(word).path
            try:
                resolve(path)
            except Resolver404:
                problems.append(f"web healthcheck: {path} is not a URL of marketplace.urls")
            if urlsplit(word).port != gunicorn_port():
                problems.append(f"web healthcheck: {word} is not gunicorn's port "
                                f"{gunicorn_port()}")
    if not any(word.startswith("http") for word in argv):
        problems.append(f"web healthcheck: no URL in {test}")
    report(problems, "the web health check cannot work")


def test_every_file_mounted_from_the_repository_exists(services):
    problems = []
    for name, spec in services.items():
        for source, target, kind in volume_mounts(spec):
            if kind != "bind" or not source.startswith("."):
                continue
            path = (DEPLOY / source).resolve()
            if not path.exists():
                shown = os.path.normpath(f"deploy/{source}")
                problems.append(f"service {name} mounts {source} ({shown}) at "
                                f"{target}, but it does not exist")
            elif REPO not in path.parents:
                problems.append(f"service {name} mounts {source} from outside the repository")
    report(problems, "deploy/docker-compose.yml mounts missing files")


def test_every_named_volume_is_declared(compose, services):
    declared = set(compose.get("volumes") or {})
    problems = [
        f"service {name} uses volume {source!r}, which the top-level `volumes:` does not declare"
        for name, spec in services.items()
        for source, _target, kind in volume_mounts(spec)
        if kind == "volume" and source and source not in declared
    ]
    report(problems, "deploy/docker-compose.yml uses undeclared volumes")


def test_every_env_file_exists_or_has_an_example(services):
    problems = []
    for name, spec in services.items():
        entries = spec.get("env_file") or []
        for entry in [entries] if isinstance(entries, (str, dict)) else entries:
            path = entry["path"] if isinstance(entry, dict) else entry
            file = DEPLOY / path
            example = file.with_name(file.name + ".example")
            if not file.exists() and not example.is_file():
                problems.append(f"service {name} reads env_file {path}, and neither "
                                f"deploy/{path} nor deploy/{path}.example exists")
    report(problems, "deploy/docker-compose.yml reads missing env files")


def test_web_waits_for_postgres_redis_and_migrate(services):
    dependencies = depends_on(services["web"])
    expected = {
        "postgres": "service_healthy",
        "redis": "service_healthy",
        "migrate": "service_completed_successfully",
    }
    problems = [
        f"service web does not wait for {name} ({condition}); it depends on {dependencies}"
        for name, condition in expected.items()
        if dependencies.get(name) != condition
    ]
    report(problems, "web can start before what it needs")


def has_health_check(spec):
    health = (spec or {}).get("healthcheck") or {}
    test = health.get("test")
    return bool(test) and not health.get("disable") and test not in (["NONE"], "NONE")


def test_services_waited_on_until_healthy_have_a_health_check(services):
    problems = [
        f"service {name} waits for {dependency} to be healthy, but {dependency} has no "
        f"healthcheck"
        for name, spec in services.items()
        for dependency, condition in depends_on(spec).items()
        if condition == "service_healthy" and not has_health_check(services.get(dependency))
    ]
    problems += [
        f"service {name} depends on {dependency}, which is not a service"
        for name, spec in services.items()
        for dependency in depends_on(spec)
        if dependency not in services
    ]
    report(problems, "deploy/docker-compose.yml waits for something that never comes")


def test_nginx_is_published_on_port_80(services):
    ports = [str(port) for port in services["nginx"].get("ports") or []]
    assert any(port.rsplit(":", 1)[-1] == "80" for port in ports), (
        f"service nginx publishes {ports}, none of them its port 80"
    )


# --- Dockerfile -------------------------------------------------------------------------


def test_dockerfile_copies_only_what_exists_in_the_repository():
    patterns = dockerignore_patterns()
    problems = []
    copies = dockerfile_copies()
    assert copies, "deploy/Dockerfile copies nothing from the repository"
    for instruction, sources in copies:
        for source in sources:
            if re.match(r"^[a-z]+://", source):
                continue
            matches = list(REPO.glob(source.rstrip("/"))) if any(c in source for c in "*?[") \
                else [REPO / source]
            if not any(match.exists() for match in matches):
                problems.append(f"`{instruction}`: {source} does not exist in the repository")
            elif ignored_by_docker(source.rstrip("/"), patterns):
                problems.append(f"`{instruction}`: {source} is excluded from the build "
                                f"context by deploy/Dockerfile.dockerignore")
    report(problems, "deploy/Dockerfile cannot build")


def test_dockerfile_runs_as_an_unprivileged_user_and_exposes_8000():
    instructions = dockerfile_instructions()
    users = [arguments for keyword, arguments in instructions if keyword == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0"), (
        "deploy/Dockerfile leaves the container running as root: add a USER"
    )
    exposed = [arguments for keyword, arguments in instructions if keyword == "EXPOSE"]
    assert any("8000" in arguments.split() for arguments in exposed), (
        "deploy/Dockerfile does not EXPOSE 8000"
    )
    build_args = dict(
        arguments.split("=", 1) for keyword, arguments in instructions
        if keyword == "ARG" and "=" in arguments
    )
    bases = [
        re.sub(r"\$\{(\w+)\}", lambda m: build_args.get(m.group(1), m.group(0)),
               arguments.split()[0])
        for keyword, arguments in instructions if keyword == "FROM"
    ]
    assert bases and bases[-1].startswith("python:3.11-slim"), (
        f"the image deploy/Dockerfile builds is based on {bases[-1:]}, not python:3.11-slim"
    )


def test_dockerfile_compiles_catalogs_and_collects_static_files():
    runs = " ".join(arguments for keyword, arguments in dockerfile_instructions()
                    if keyword == "RUN")
    assert "pybabel compile" in runs and "-d locale" in runs and "-D django" in runs, (
        "deploy/Dockerfile does not run `pybabel compile -d locale -D django`"
    )
    assert "manage.py collectstatic" in runs, (
        "deploy/Dockerfile does not run `manage.py collectstatic`"
    )
    assert "pip install" in runs, "deploy/Dockerfile does not `pip install` the project"
    assert "--only-binary" not in runs and "--prefer-binary" not in runs, (
        "deploy/Dockerfile limits pip to wheels: django-haystack 3.3+ is published only as "
        "an sdist, so pip would install its 3.2 wheel, which fails to import on Django 5"
    )


# --- .env.example --------------------------------------------------------------------------


def test_env_example_sets_the_variables_production_needs():
    assigned, _mentioned = env_example()
    missing = [name for name in REQUIRED_ENV_VARIABLES if name not in assigned]
    assert not missing, f"deploy/.env.example does not set {', '.join(missing)}"


def test_env_example_names_every_variable_the_settings_read():
    assigned, mentioned = env_example()
    read = variables_the_settings_read()
    assert len(read) >= len(REQUIRED_ENV_VARIABLES), (
        f"found only {sorted(read)} read in marketplace/settings.py; has the way it reads "
        f"the environment changed?"
    )
    missing = sorted(read - set(assigned) - mentioned)
    assert not missing, (
        "marketplace/settings.py reads variables that deploy/.env.example neither sets nor "
        f"mentions (as `# NAME=example`): {', '.join(missing)}"
    )


def test_env_example_addresses_are_compose_services(services):
    assigned, _mentioned = env_example()
    problems = []
    for name in SERVICE_URL_VARIABLES:
        host = urlsplit(assigned.get(name, "")).hostname
        if host not in services:
            problems.append(f"{name} in deploy/.env.example points at host {host!r}, "
                            f"which is not a compose service")
    report(problems, "deploy/.env.example points at the wrong hosts")


def test_env_example_database_url_matches_the_postgres_container():
    assigned, _mentioned = env_example()
    url = urlsplit(assigned.get("DATABASE_URL", ""))
    expected = {
        "POSTGRES_USER": unquote(url.username or ""),
        "POSTGRES_PASSWORD": unquote(url.password or ""),
        "POSTGRES_DB": url.path.lstrip("/"),
    }
    problems = [
        f"{name} is {assigned.get(name)!r} but DATABASE_URL says {value!r}"
        for name, value in expected.items()
        if assigned.get(name) != value
    ]
    report(problems, "deploy/.env.example: the app would not log in to its own database")


def env_example_environment(tmp_path):
    """This process's environment without profile variables, plus deploy/.env.example."""
    assigned, _mentioned = env_example()
    environment = {
        name: value for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "CELERY_", "STRIPE_", "ELASTICSEARCH_",
                                "MARKETPLACE_", "POSTGRES_", "SECURE_", "SESSION_"))
        and name not in ("DATABASE_URL", "REDIS_URL", "ALLOWED_HOSTS", "MEDIA_ROOT")
    }
    environment.update(assigned)
    environment.update({"MARKETPLACE_VAR_DIR": str(tmp_path), "MEDIA_ROOT": str(tmp_path / "m"),
                        "DJANGO_SETTINGS_MODULE": "marketplace.settings"})
    return environment


def test_env_example_passes_the_deployment_checklist_without_a_warning(tmp_path):
    """`check --deploy`: secure cookies, HSTS and the https redirect are on in production."""
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level",
                             "WARNING"], cwd=REPO, env=env_example_environment(tmp_path),
                            capture_output=True, text=True, timeout=120, check=False)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_env_example_is_a_production_configuration_the_settings_accept(tmp_path):
    """The example, as it is, loads Django with DEBUG off and every production backend."""
    environment = env_example_environment(tmp_path)
    script = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({'debug': s.DEBUG, 'db': s.DATABASES['default']['ENGINE'], "
        "'cache': s.CACHES['default']['BACKEND'], 'eager': s.CELERY_TASK_ALWAYS_EAGER, "
        "'search': s.MARKETPLACE_SEARCH_BACKEND, 'serve_media': s.MARKETPLACE_SERVE_MEDIA}))"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=environment,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, (
        f"the settings refuse deploy/.env.example:\n{result.stderr[-2000:]}"
    )
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded["debug"] is False, "deploy/.env.example leaves DEBUG on"
    assert "postgresql" in loaded["db"], f"deploy/.env.example selects database {loaded['db']}"
    assert "redis" in loaded["cache"].lower(), f"deploy/.env.example caches in {loaded['cache']}"
    assert loaded["eager"] is False, "deploy/.env.example runs Celery tasks in the web process"
    assert "elasticsearch" in loaded["search"].lower(), (
        f"deploy/.env.example searches with {loaded['search']}"
    )
    assert loaded["serve_media"] is False, (
        "deploy/.env.example has Django serve /media/, which nginx serves"
    )


# --- nginx ------------------------------------------------------------------------------------


def gunicorn_port():
    read_text(DEPLOY / "gunicorn.conf.py")  # fails clearly when the file is missing
    namespace = runpy.run_path(str(DEPLOY / "gunicorn.conf.py"))
    return int(str(namespace["bind"]).rsplit(":", 1)[1])


def test_nginx_proxies_to_the_web_service_on_gunicorns_port(services):
    config = nginx_config()
    targets = re.findall(r"proxy_pass\s+http://([^/;\s]+)", config)
    assert targets, "deploy/nginx/marketplace.conf has no proxy_pass"
    problems = []
    for target in set(targets):
        upstream = nginx_block(config, rf"upstream\s+{re.escape(target)}")
        servers = re.findall(r"^\s*server\s+([^\s;]+)", upstream or "", re.MULTILINE) or [target]
        for server in servers:
            host, _, port = server.partition(":")
            if host != "web":
                problems.append(f"proxy_pass {target} sends requests to {host}, "
                                f"not the compose service web")
            if (int(port) if port else 80) != gunicorn_port():
                problems.append(f"proxy_pass {target} uses port {port or 80}, but "
                                f"deploy/gunicorn.conf.py binds {gunicorn_port()}")
    exposed = [str(port) for port in services["web"].get("expose") or []]
    if str(gunicorn_port()) not in exposed:
        problems.append(f"service web does not expose {gunicorn_port()} (expose: {exposed})")
    report(problems, "nginx does not reach gunicorn")


def test_nginx_passes_the_proxy_headers_django_needs():
    config = nginx_config()
    missing = [header for header in ("Host", "X-Forwarded-For", "X-Forwarded-Proto")
               if not re.search(rf"proxy_set_header\s+{header}\s", config)]
    assert not missing, f"deploy/nginx/marketplace.conf does not set {', '.join(missing)}"


def test_nginx_accepts_uploads_of_20_megabytes():
    sizes = re.findall(r"client_max_body_size\s+(\d+)([kKmM]?)\s*;", nginx_config())
    assert sizes, "deploy/nginx/marketplace.conf leaves client_max_body_size at nginx's 1m"
    factor = {"": 1, "k": 1024, "m": 1024 * 1024}
    assert all(int(n) * factor[unit.lower()] >= 20 * 1024 * 1024 for n, unit in sizes), (
        f"deploy/nginx/marketplace.conf limits uploads to {sizes}, under 20m"
    )


@pytest.mark.parametrize("url_prefix", ["/static/", "/media/"])
def test_nginx_serves_files_from_the_volume_the_app_writes(services, url_prefix):
    """nginx's folder for the prefix is the same named volume the app writes it to."""
    block = nginx_block(nginx_config(), rf"location\s+(\^~\s+)?{re.escape(url_prefix)}")
    assert block is not None, f"deploy/nginx/marketplace.conf has no location {url_prefix}"
    root = re.search(r"^\s*root\s+([^;\s]+)\s*;", block, re.MULTILINE)
    alias = re.search(r"^\s*alias\s+([^;\s]+)\s*;", block, re.MULTILINE)
    assert root or alias, f"location {url_prefix} has neither root nor alias"
    served = (root.group(1).rstrip("/") + url_prefix.rstrip("/")) if root \
        else alias.group(1).rstrip("/")

    nginx_volumes = {target.rstrip("/"): source
                     for source, target, kind in volume_mounts(services["nginx"])
                     if kind == "volume"}
    assert served in nginx_volumes, (
        f"nginx serves {url_prefix} from {served}, where no named volume is mounted "
        f"(mounted: {sorted(nginx_volumes)})"
    )
    volume = nginx_volumes[served]

    env = dockerfile_env()
    var_dir = env.get("MARKETPLACE_VAR_DIR", f"{dockerfile_workdir()}/var")
    written_at = (f"{var_dir}/static" if url_prefix == "/static/"
                  else env.get("MEDIA_ROOT", f"{var_dir}/media"))
    writers = sorted(name for name, spec in app_services(services).items()
                     for source, target, _kind in volume_mounts(spec)
                     if source == volume and target.rstrip("/") == written_at)
    assert writers, (
        f"no marketplace service mounts volume {volume!r} at {written_at}, where the image "
        f"writes {url_prefix}: nginx would serve an empty folder"
    )
    if url_prefix == "/media/":
        missing = {"web", "worker"} - set(writers)
        assert not missing, (
            f"volume {volume!r} is not mounted at {written_at} in {', '.join(sorted(missing))}:"
            f" uploads written there would be lost"
        )
