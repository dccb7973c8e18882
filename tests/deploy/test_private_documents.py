"""Sellers' private documents survive a container's replacement and never reach nginx.

Like test_compose.py, this reads deploy/docker-compose.yml, deploy/Dockerfile and
deploy/nginx/marketplace.conf; no container is started. Where the documents live
comes from the code that stores them (SellerDocumentStorage) under the image's VAR_DIR.
"""

import re
from pathlib import PurePosixPath

import pytest
import yaml

from marketplace.sellers.uploads import SellerDocumentStorage

from .test_compose import (
    COMPOSE_FILE,
    dockerfile_env,
    dockerfile_instructions,
    dockerfile_workdir,
    read_text,
    volume_mounts,
)


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load(read_text(COMPOSE_FILE))


@pytest.fixture(scope="module")
def services(compose):
    return compose["services"]


def image_var_dir():
    return PurePosixPath(dockerfile_env().get("MARKETPLACE_VAR_DIR", f"{dockerfile_workdir()}/var"))


@pytest.fixture
def documents_dir(settings):
    """Where the sellers app writes documents inside the image, with the default settings."""
    settings.VAR_DIR = image_var_dir()
    if hasattr(settings, "MARKETPLACE_SELLER_DOCUMENTS_ROOT"):
        del settings.MARKETPLACE_SELLER_DOCUMENTS_ROOT
    return PurePosixPath(SellerDocumentStorage().base_location)


def holds(target, path):
    target = PurePosixPath(target)
    return path == target or target in path.parents


def documents_volume(spec, documents_dir):
    """(volume, mount point) of the named volume the documents land in, or None."""
    mounts = [(source, PurePosixPath(target)) for source, target, kind in volume_mounts(spec)
              if kind == "volume" and source and holds(target, documents_dir)]
    # The deepest mount is the one the files are written to.
    return max(mounts, key=lambda mount: len(mount[1].parts), default=None)


def test_web_and_worker_keep_the_documents_in_one_declared_named_volume(
    compose, services, documents_dir
):
    mounts = {name: documents_volume(services[name], documents_dir) for name in ("web", "worker")}

    missing = sorted(name for name, mount in mounts.items() if mount is None)
    assert not missing, (
        f"{', '.join(missing)} write {documents_dir} into the container's own layer: "
        f"sellers' documents would be lost when it is recreated"
    )
    assert mounts["web"] == mounts["worker"], f"web and worker see different folders: {mounts}"
    volume, target = mounts["web"]
    assert target == image_var_dir() / "private", f"{volume!r} is mounted at {target}"
    assert volume in (compose.get("volumes") or {}), (
        f"volume {volume!r} is not declared under the top-level `volumes:`"
    )


def test_nginx_mounts_nothing_that_holds_the_documents(services, documents_dir):
    volume, _target = documents_volume(services["web"], documents_dir)
    # Any volume an app service mounts over the documents' folder (or a parent of it)
    # would hand them to nginx if nginx mounted it too.
    over_documents = {
        source for spec in services.values() if spec is not services["nginx"]
        for source, target, kind in volume_mounts(spec)
        if kind == "volume" and holds(target, documents_dir)
    }
    nginx = {source for source, _target, kind in volume_mounts(services["nginx"])
             if kind == "volume"}

    assert volume in over_documents
    assert "media" in nginx, "nginx no longer mounts media: has the layout changed?"
    assert not nginx & over_documents, (
        f"nginx mounts {sorted(nginx & over_documents)}, which hold sellers' private documents"
    )


def test_the_documents_folder_is_outside_what_nginx_serves(documents_dir, settings):
    env = dockerfile_env()
    media_root = PurePosixPath(env.get("MEDIA_ROOT", f"{image_var_dir()}/media"))
    static_root = image_var_dir() / "static"

    for served in (media_root, static_root):
        assert not holds(served, documents_dir), f"{documents_dir} is inside {served}"


def test_the_image_creates_the_mount_point_for_the_app_user():
    # A new named volume takes the owner of the folder it is mounted on; were the folder
    # missing from the image, Docker would create it for root and uploads would fail.
    runs = " ".join(arguments for keyword, arguments in dockerfile_instructions()
                    if keyword == "RUN")
    relative = (image_var_dir() / "private").relative_to(dockerfile_workdir())
    assert re.search(rf"mkdir\s+-p\s[^&;|]*(?<![\w/]){re.escape(str(relative))}\b", runs), (
        f"deploy/Dockerfile does not create {relative}, the private volume's mount point"
    )
