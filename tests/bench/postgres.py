"""A private PostgreSQL 15 for the team-library measures, as the tests start one
(tests/support/postgresserver.cpp): initdb in a temporary folder, pg_ctl on
127.0.0.1 at a free port, the socket in that folder, trust authentication (nobody
else can reach it and no password is involved), stopped and removed afterwards.
As root, the folder belongs to the user postgres and its programs run as that
user (PostgreSQL refuses to run as root). The server keeps its default durability
settings: the figures are those of a server, not of a test fixture.
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile

USER = "bench"
DATABASE = "bitext_bench"


def bin_dir():
    """The newest installed server's programs (15 on Debian 12), or None."""
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]),
                            reverse=True):
        if os.path.exists(os.path.join(candidate, "initdb")):
            return candidate
    return None


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self):
        self.bin = bin_dir()
        if not self.bin:
            raise RuntimeError("no PostgreSQL server installed (initdb not found under /usr/lib/postgresql/*/bin); "
                               "run packaging/install-deps.sh --tests")
        self.dir = tempfile.mkdtemp(prefix="bitext-bench-pg-")
        self.data = os.path.join(self.dir, "data")
        self.port = None
        self.running = False
        self.root = os.geteuid() == 0

    def _run(self, program, *args):
        argv = [os.path.join(self.bin, program)] + list(args)
        if self.root:
            argv = ["runuser", "-u", "postgres", "--"] + argv
        done = subprocess.run(argv, cwd=self.dir, capture_output=True, text=True, timeout=180)
        if done.returncode != 0:
            raise RuntimeError("%s failed: %s" % (program, (done.stdout + done.stderr).strip()[-2000:]))
        return done.stdout

    def start(self):
        if self.root:
            user = pwd.getpwnam("postgres")
            os.chown(self.dir, user.pw_uid, user.pw_gid)
        self._run("initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8",
                  "--no-sync")
        for attempt in range(3):
            self.port = free_port()
            try:
                self._run("pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "server.log"), "-w", "-t", "60",
                          "-o", "-c listen_addresses=127.0.0.1 -k %s -p %d" % (self.dir, self.port), "start")
                self.running = True
                break
            except RuntimeError:
                if attempt == 2:
                    raise
        self._run("psql", "-h", self.dir, "-p", str(self.port), "-U", "postgres", "-d", "postgres", "-q",
                  "-c", "CREATE ROLE %s LOGIN" % USER, "-c", "CREATE DATABASE %s OWNER %s" % (DATABASE, USER))
        return self

    @property
    def url(self):
        return "postgresql://%s@127.0.0.1:%d/%s?sslmode=disable" % (USER, self.port, DATABASE)

    def database_bytes(self):
        out = self._run("psql", "-h", self.dir, "-p", str(self.port), "-U", "postgres", "-d", DATABASE, "-tA",
                        "-c", "SELECT pg_database_size(current_database())")
        return int(out.strip())

    def version(self):
        return self._run("postgres", "--version").strip()

    def stop(self):
        if self.running:
            self.running = False
            try:
                self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
            except RuntimeError as e:
                print("warning: %s" % e)
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc):
        self.stop()
