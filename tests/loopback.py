"""A real HTTP server on 127.0.0.1 for tests that must not touch the network.

Usage::

    with LoopbackServer() as srv:
        srv.route("/a", body=b"<html>...</html>", content_type="text/html")
        srv.route("/flaky", responses=[Reply(503, headers={"Retry-After": "1"}), Reply(200, b"ok")])
        srv.route("/slow", handler=lambda req: (time.sleep(2), Reply(200, b"late"))[1])
        fetcher.get(srv.url("/a"))
        srv.requests  # [(method, path, headers)] as received

An unknown path answers 404, so a site "without robots.txt" is the default.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


@dataclass
class Reply:
    """One canned response; `delay` sleeps before answering (for timeout tests)."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = "text/html; charset=utf-8"
    delay: float = 0.0
    send_length: bool = True  # False: omit Content-Length and close, to test streaming caps


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]


Handler = Callable[[Request], Reply]


class LoopbackServer:
    """Threaded http.server on an ephemeral loopback port with programmable routes."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.requests: list[Request] = []
        self._routes: dict[str, Handler] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._httpd = ThreadingHTTPServer((host, 0), self._handler_class())
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    # -- set-up

    def route(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        status: int = 200,
        content_type: str | None = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        responses: list[Reply] | None = None,
        handler: Handler | None = None,
    ) -> None:
        """Serve `path` with a fixed reply, a sequence (last one repeats) or a handler."""
        if handler is None:
            replies = list(responses or [
                Reply(status, body.encode() if isinstance(body, str) else body, dict(headers or {}), content_type, delay)
            ])
            handler = _sequence(replies)
        self._routes[path] = handler

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    # -- life cycle

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- serving

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                req = Request("GET", self.path, {k: v for k, v in self.headers.items()})
                with server._lock:
                    server.requests.append(req)
                handler = server._routes.get(self.path.split("?", 1)[0]) or server._routes.get(self.path)
                reply = handler(req) if handler else Reply(404, b"not found", content_type="text/plain")
                if reply.delay:
                    server._stop.wait(reply.delay)
                self._send(reply)

            def _send(self, reply: Reply) -> None:
                try:
                    self.send_response(reply.status)
                    if reply.content_type:
                        self.send_header("Content-Type", reply.content_type)
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    if reply.send_length:
                        self.send_header("Content-Length", str(len(reply.body)))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    if reply.body:
                        self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        return _Handler


def _sequence(replies: list[Reply]) -> Handler:
    lock = threading.Lock()
    state = {"i": 0}

    def handler(_req: Request) -> Reply:
        with lock:
            i = min(state["i"], len(replies) - 1)
            state["i"] += 1
        return replies[i]

    return handler
