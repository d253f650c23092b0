"""A shared repository served over http on the loopback, asking for a token like Gitea or Forgejo do.

The git protocol itself is spoken by `git http-backend` (git's own CGI
program); this server only checks the Basic credentials and passes each
request through, so sync is tested against a real smart-http remote.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit


def http_backend() -> str | None:
    """The path of `git http-backend`, or None where git is not installed."""
    git = shutil.which("git")
    if git is None:
        return None
    exec_path = subprocess.run([git, "--exec-path"], capture_output=True, text=True, check=False).stdout.strip()
    backend = Path(exec_path) / "git-http-backend"
    return str(backend) if backend.exists() else None


class TokenServer:
    """Serves the bare repositories under *root* at http://127.0.0.1:PORT/NAME, for user any, password *token*."""

    def __init__(self, root: Path, token: str):
        self.root, self.token = root, token
        self.requests: list[tuple[str, str | None]] = []  # (path, the password that came with it)
        self._backend = http_backend()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args):  # quiet
                pass

            def do_GET(self):  # noqa: N802 (http.server's naming)
                server.handle(self)

            def do_POST(self):  # noqa: N802
                server.handle(self)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def __enter__(self) -> TokenServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        password = _password(request.headers.get("Authorization", ""))
        self.requests.append((request.path, password))
        if password != self.token:
            request.send_response(401)
            request.send_header("WWW-Authenticate", 'Basic realm="library"')
            request.send_header("Content-Length", "0")
            request.end_headers()
            return
        body = _read_body(request)
        parts = urlsplit(request.path)
        environment = {
            "PATH": os.environ.get("PATH", ""),
            "GIT_PROJECT_ROOT": str(self.root),
            "GIT_HTTP_EXPORT_ALL": "1",
            "REMOTE_USER": "colleague",  # lets http-backend accept pushes
            "REQUEST_METHOD": request.command,
            "PATH_INFO": parts.path,
            "QUERY_STRING": parts.query,
            "CONTENT_TYPE": request.headers.get("Content-Type", ""),
            "CONTENT_LENGTH": str(len(body)),
            "HTTP_GIT_PROTOCOL": request.headers.get("Git-Protocol", ""),
        }
        done = subprocess.run([self._backend], input=body, env=environment, capture_output=True, check=False)
        head, _, payload = done.stdout.partition(b"\r\n\r\n")
        status, headers = 200, []
        for line in head.decode("latin-1").split("\r\n"):
            name, _, value = line.partition(":")
            if name.lower() == "status":
                status = int(value.strip().split()[0])
            elif name:
                headers.append((name, value.strip()))
        request.send_response(status)
        for name, value in headers:
            request.send_header(name, value)
        request.send_header("Content-Length", str(len(payload)))
        request.end_headers()
        request.wfile.write(payload)


def _password(header: str) -> str | None:
    if not header.startswith("Basic "):
        return None
    _user, _, password = base64.b64decode(header[6:]).decode("utf-8").partition(":")
    return password


def _read_body(request: BaseHTTPRequestHandler) -> bytes:
    if request.headers.get("Transfer-Encoding", "").lower() == "chunked":
        chunks = []
        while True:
            size = int(request.rfile.readline().split(b";")[0].strip(), 16)
            if size == 0:
                request.rfile.readline()
                return b"".join(chunks)
            chunks.append(request.rfile.read(size))
            request.rfile.readline()
    return request.rfile.read(int(request.headers.get("Content-Length") or 0))
