"""Where Counterbalance keeps its files, readable by the user only (health data)."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from desktop_app import APP_ID, APP_NAME


def default_data_dir() -> Path:
    """Return the per-user data dir (platformdirs), e.g. ``~/.local/share/counterbalance``."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID if os.name == "posix" else APP_NAME, appauthor=False))


class DataDirRefusedError(PermissionError):
    """The data dir is not the user's own; ``str()`` says why and what to do."""


class UnsafeLinkError(OSError):
    """A file of ours is a symbolic link that the link rule does not allow to follow."""


def _euid() -> int | None:
    geteuid = getattr(os, "geteuid", None)
    return int(geteuid()) if geteuid is not None else None


def _owner_name(uid: int) -> str:
    try:
        import pwd

        return f"{pwd.getpwuid(uid).pw_name} (uid {uid})"
    except (ImportError, KeyError):
        return f"uid {uid}"


def user_home() -> Path:
    """Return the home folder of the effective user (from the password database, not $HOME)."""
    euid = _euid()
    if euid is not None:
        try:
            import pwd

            return Path(pwd.getpwuid(euid).pw_dir).resolve()
        except (ImportError, KeyError):
            pass
    return Path.home().resolve()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` if needed and make it accessible to its owner only (0700).

    Raises:
        DataDirRefusedError: ``path`` exists but is not a folder owned by this user; its
            mode is left as it was.
    """
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        info = _own_folder(path, _euid())
        if stat.S_IMODE(info.st_mode) != 0o700:
            path.chmod(0o700)
    return path


def _own_folder(path: Path, euid: int | None) -> os.stat_result:
    """Return ``path``'s own status (not a link's target) if it is a folder of ``euid``'s.

    Raises:
        DataDirRefusedError: ``path`` is not a folder, or another user owns it.
    """
    info = path.lstat()
    if not stat.S_ISDIR(info.st_mode):
        raise DataDirRefusedError(f"{path} is not a folder")
    if euid is not None and info.st_uid != euid:
        raise DataDirRefusedError(
            f"{path} belongs to another user, {_owner_name(info.st_uid)}; Counterbalance "
            "keeps health data only in a folder of your own. Choose another folder."
        )
    return info


#: Most entries looked at when checking that a data dir holds no other user's files.
DATA_DIR_SCAN_LIMIT = 10_000


def _foreign_entry(root: Path, euid: int) -> tuple[Path, int] | None:
    """Return an entry below ``root`` owned by someone else (and its owner), or None."""
    seen = 0
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            seen += 1
            if seen > DATA_DIR_SCAN_LIMIT:
                raise DataDirRefusedError(
                    f"{root} holds more than {DATA_DIR_SCAN_LIMIT} files: it is not a "
                    "Counterbalance data folder. Choose an empty folder of your own."
                )
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if info.st_uid != euid:
                return Path(entry.path), info.st_uid
            if stat.S_ISDIR(info.st_mode):
                pending.append(Path(entry.path))
    return None


def check_data_dir(path: Path) -> None:
    """Refuse a data dir that another user owns or that holds another user's files.

    A shared folder such as ``/tmp`` (mode 1777) would otherwise be made 0700 and lock
    every other user out of their own files (as root it is root's own folder, so the
    owner alone does not tell).

    Raises:
        DataDirRefusedError: With a sentence that says which file or owner and what to do.
    """
    euid = _euid()
    if euid is None or not path.exists():
        return
    _own_folder(path, euid)
    found = _foreign_entry(path, euid)
    if found is not None:
        entry, owner = found
        raise DataDirRefusedError(
            f"{path} holds files of another user ({entry} belongs to {_owner_name(owner)}): "
            "it looks like a shared folder, and Counterbalance would lock the others out "
            "of it. Choose an empty folder of your own."
        )


def _is_inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def checked_target(path: Path) -> Path:
    """Return the file to read and write for ``path``, applying the link rule.

    The link rule (docs/reliability.md): a file of ours that is a symbolic link is
    followed only when the link and the file it finally points to both belong to the
    user running Counterbalance, that file is a regular file, and it lies inside the
    user's home (from the password database) or inside the folder holding the link.
    Reads and writes then go to that file (writes replace it atomically, next to it).
    Any other link is neither read nor written through: as root, a link planted to
    ``/etc/passwd`` must not be overwritten.

    Raises:
        UnsafeLinkError: ``path`` is a link the rule does not allow to follow.
    """
    try:
        link = path.lstat()
    except FileNotFoundError:
        return path
    if not stat.S_ISLNK(link.st_mode):
        return path
    target = Path(os.path.realpath(path))
    euid = _euid()
    reason: str | None = None
    try:
        info = target.lstat()
    except OSError:
        reason = "which does not exist"
    else:
        if euid is not None and link.st_uid != euid:
            reason = f"and the link belongs to {_owner_name(link.st_uid)}"
        elif not stat.S_ISREG(info.st_mode):
            reason = "which is not a regular file"
        elif euid is not None and info.st_uid != euid:
            reason = f"which belongs to {_owner_name(info.st_uid)}"
        elif not (_is_inside(target, user_home()) or _is_inside(target, path.parent.resolve())):
            reason = "which is outside your home folder"
    if reason is not None:
        raise UnsafeLinkError(
            f"{path} is a symbolic link to {target}, {reason}: Counterbalance neither reads "
            "nor writes through it. Replace the link with a regular file."
        )
    return target


PRIVATE_FILE_MODE = 0o600
#: Suffix given to what stood where one of our files should be and could not be used.
REFUSED_SUFFIX = ".refused"


def appendable_target(path: Path) -> Path:
    """Return the file to append to for ``path`` (the log), making way when needed.

    A link the rule (:func:`checked_target`) refuses, or anything that is not a regular
    file (a FIFO would block the ``open`` for good), is renamed to ``<name>.refused``: the
    rename moves the link or FIFO itself, never what a link points to.
    """
    try:
        target = checked_target(path)
    except UnsafeLinkError:
        os.replace(path, path.with_name(path.name + REFUSED_SUFFIX))
        return path
    try:
        info = target.lstat()
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(info.st_mode):
        os.replace(target, target.with_name(target.name + REFUSED_SUFFIX))
    return target


def read_private_file(path: Path, max_bytes: int) -> bytes:
    """Read one of our small files under the link rule, as untrusted input.

    Raises:
        FileNotFoundError: No such file.
        UnsafeLinkError: ``path`` is a link the rule refuses.
        BadFileInputError: Not a regular file, too large or unreadable.
    """
    from desktop_app.core.file_input import read_regular_file

    return read_regular_file(checked_target(path), max_bytes)


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temporary file + rename), private from birth.

    The temporary file is created next to the target with mode 0600 in the ``open`` call
    itself (``O_CREAT | O_EXCL``), so whatever the process umask, no other user can ever
    open it, not even for the instant before a ``chmod`` (a descriptor opened then would
    stay readable). It is flushed to disk before it replaces the target.

    A symbolic link is written through only under the link rule (:func:`checked_target`),
    by replacing the file it points to.

    Raises:
        OSError: The file cannot be written; the old file stays as it was.
        UnsafeLinkError: ``path`` is a link the rule refuses; nothing was written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    target = checked_target(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for attempt in range(100):
        temporary = target.with_name(f".{target.name}.{os.getpid()}.{attempt}.tmp")
        try:
            fd = os.open(temporary, flags, PRIVATE_FILE_MODE)
        except FileExistsError:
            continue
        break
    else:
        raise OSError(f"{path}: no free temporary name next to it")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    if os.name == "posix":
        # The rename is durable only once the folder is synced.
        with contextlib.suppress(OSError):
            dir_fd = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def make_private(path: Path) -> None:
    """Make an existing file readable and writable by its owner only (0600)."""
    if os.name == "posix" and path.exists():
        path.chmod(0o600)


@dataclass(frozen=True, slots=True)
class DataPaths:
    """Every file the app writes lives below ``root``."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "counterbalance.sqlite3"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def exercises(self) -> Path:
        """User-added exercise files (same TOML format as resources/exercises)."""
        return self.root / "exercises"

    @property
    def lock_file(self) -> Path:
        return self.root / "instance.lock"

    @property
    def log_file(self) -> Path:
        return self.root / "counterbalance.log"

    @classmethod
    def create(cls, root: Path | None) -> DataPaths:
        """Resolve ``root`` (or the default), create it privately and return the paths.

        Raises:
            DataDirRefusedError: The folder belongs to another user or holds other
                users' files (see :func:`check_data_dir`); nothing was changed.
            OSError: The folder cannot be created.
        """
        base = (root or default_data_dir()).expanduser().resolve()
        check_data_dir(base)
        try:
            ensure_private_dir(base)
        except OSError as exc:
            # A read-only data dir can still be read (stats, export, the history).
            if exc.errno != errno.EROFS or not base.is_dir():
                raise
        return cls(base)


def resources_dir() -> Path:
    """Return the ``resources/`` folder, from a checkout or from a PyInstaller bundle."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
