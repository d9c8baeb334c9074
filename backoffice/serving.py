"""Running the server: one process, or several worker processes on one port.

A request's work is mostly Python (decoding, checking every field, re-encoding each
entry's details and hashing it), which one process does on one core at a time. Several
worker processes take connections on the same port and use as many cores; they share
nothing but the database, where the workstation row's lock keeps each desk's chain whole
whichever process a post lands in (journal.py).

The parent binds and listens before forking (a socket per worker on one port), so the
port is known (and written to the port file) before any worker starts, and a connection
that comes early waits in a backlog. It forwards SIGTERM/SIGINT to the workers, and if one
dies on its own it stops the others and exits non-zero, so a supervisor restarts the
whole service.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import os
import signal
import socket
import sys
from argparse import Namespace
from collections.abc import Callable

log = logging.getLogger("backoffice")


def _config(app, args: Namespace, **more):
    import uvicorn
    return uvicorn.Config(app, host=args.host, port=args.port, log_level="warning",
                          access_log=args.access_log, server_header=False,
                          timeout_graceful_shutdown=5, lifespan="off",
                          ssl_certfile=args.tls_cert, ssl_keyfile=args.tls_key, **more)


def _make_app(url: str):
    from backoffice.app import create_app
    app = create_app(url)
    # What startup made lives as long as the process: out of the collector's sight, so a
    # batch's thousands of short-lived objects do not make it walk them all again.
    gc.collect()
    gc.freeze()
    return app


def run_single(args: Namespace, announce: Callable[[int], None],
               done: Callable[[], None]) -> None:
    import uvicorn
    app = _make_app(args.db)

    class Server(uvicorn.Server):
        async def startup(self, sockets=None):
            await super().startup(sockets)
            if self.started:
                announce(self.servers[0].sockets[0].getsockname()[1])

        async def shutdown(self, sockets=None):
            # Here rather than after run(): uvicorn re-raises SIGTERM once it has shut
            # down, which ends the process before any code after run().
            await super().shutdown(sockets)
            app.state.engine.dispose()
            done()

    Server(_config(app, args)).run()


def _listen(host: str, port: int, count: int) -> list[socket.socket]:
    """One listening socket per worker on the same port (SO_REUSEPORT): the kernel spreads
    new connections over them. With one shared socket, the first worker to wake accepts
    every pending connection at once, and desks' keep-alive connections stay piled on it."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    socks: list[socket.socket] = []
    for _ in range(count):
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
        sock.listen(2048)
        port = sock.getsockname()[1]        # port 0: the others join the port the first got
        socks.append(sock)
    return socks


def _worker(args: Namespace, sock: socket.socket) -> int:
    import uvicorn
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    if sys.platform == "linux":
        # A worker whose parent was killed outright must not serve on, unsupervised.
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:
            return 1
    # Each worker makes its own engine after the fork: pooled connections are never shared.
    app = _make_app(args.db)
    uvicorn.Server(_config(app, args)).run(sockets=[sock])
    app.state.engine.dispose()
    return 0


def run_forked(args: Namespace, announce: Callable[[int], None],
               done: Callable[[], None]) -> int:
    socks = _listen(args.host, args.port, args.workers)
    port = socks[0].getsockname()[1]
    workers: list[int] = []
    for sock in socks:
        pid = os.fork()
        if pid == 0:
            for other in socks:
                if other is not sock:
                    other.close()
            # Whatever happens in a worker ends there: it never returns into the parent's loop.
            code = 1
            try:
                code = _worker(args, sock)
            except BaseException:
                log.exception("worker failed")
            finally:
                os._exit(code)
        workers.append(pid)
    for sock in socks:
        sock.close()
    stopping = False

    def stop(signum=signal.SIGTERM, _frame=None) -> None:
        nonlocal stopping
        stopping = True
        for pid in workers:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    announce(port)
    status = 0
    while workers:
        pid, _ = os.wait()
        workers.remove(pid)
        if not stopping:
            log.error("worker %d ended on its own: stopping the others", pid)
            status = 1
            stop()
    done()
    return status
