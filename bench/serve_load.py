"""Concurrent mixed requests against a real `catalog serve` process, its memory read from /proc.

    python -m bench.serve_load DB [--requests 200] [--clients N] [--public] [--json OUT]

Why: a public server must degrade, never stall: every response within 2 s or a
4xx/503, its resident memory bounded, and SIGTERM honoured within a second, even over a
catalog of multi-megabyte pages (``python -m bench.large_pages``). This starts `catalog
serve` on a free port of 127.0.0.1, sends ``--requests`` requests at once (a bounded list,
cycling through the pages a visitor reaches: search, tables, rows, canned queries, CSV),
samples the server's VmRSS every 50 ms, then sends SIGTERM and times the exit.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]

#: what a visitor (or a crawler) asks for, cycled through
PATHS = (
    "/catalog/search.json?q=fox",
    "/catalog/search?q=fox",
    "/catalog/search.json?q=%E6%A8%A1%E5%9E%8B",
    "/catalog/search.json?q=ox",
    "/catalog/pages.json?_size=max",
    "/catalog/pages.json",
    "/catalog/pages",
    "/catalog/pages?_search=fox",
    "/catalog/pages.csv",
    "/catalog/pages/https:~2F~2Fwww.cometapi.com~2Fmodels~2Facme~2Fbig-010~2F",
    "/catalog/models",
    "/catalog/models.json?_size=max",
    "/catalog/models_overview.json?_shape=array",
    "/deprecations",
    "/",
    "/catalog/prices.json",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    """A field of /proc/PID/status in MB (0 once the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Sampler(threading.Thread):
    """The largest VmRSS seen while it runs, every 50 ms."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.running = pid, 0.0, True

    def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, rss_mb(self.pid))
            time.sleep(0.05)


def start_server(db: Path, port: int, public: bool, log: Path) -> subprocess.Popen:
    argv = [sys.executable, "-m", "catalog.cli", "serve", "--db", str(db), "--port", str(port)]
    if public:
        argv.append("--public")
    process = subprocess.Popen(argv, cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/-/static/app.css", timeout=2).status_code:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the server did not answer within 120 s")


async def fire(base: str, paths: list[str], timeout: float, clients: int) -> list[dict]:
    """The requests from ``clients`` clients at once (each sends its next request when its
    last is answered; as many clients as requests: every request at once); each result is
    path, status (None: no answer) and seconds."""
    limits = httpx.Limits(max_connections=len(paths), max_keepalive_connections=0)
    turns = asyncio.Semaphore(clients)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:
        async def one(path: str) -> dict:
            async with turns:
                start = time.perf_counter()
                try:
                    response = await client.get(path)
                    status, size = response.status_code, len(response.content)
                except httpx.HTTPError as error:
                    status, size = None, type(error).__name__
                return {"path": path, "status": status, "s": time.perf_counter() - start,
                        "bytes": size}

        return await asyncio.gather(*(one(p) for p in paths))


def measure(db: Path, *, requests: int, public: bool, timeout: float = 120.0,
            clients: int | None = None) -> dict:
    port = free_port()
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"serve_load_{port}.log"
    process = start_server(db, port, public, log)
    base = f"http://127.0.0.1:{port}"
    try:
        idle = rss_mb(process.pid)
        sampler = Sampler(process.pid)
        sampler.start()
        paths = [PATHS[i % len(PATHS)] for i in range(requests)]
        start = time.perf_counter()
        results = asyncio.run(fire(base, paths, timeout, clients or requests))
        wall = time.perf_counter() - start
        sampler.running = False
        sampler.join()
        # a last search on its own, to see the server answers normally after the load
        try:
            answer = httpx.get(f"{base}/catalog/search.json?q=fox", timeout=timeout)
            after = [answer.status_code, round(answer.elapsed.total_seconds(), 2)]
        except httpx.HTTPError as error:
            after = [type(error).__name__, timeout]
        stop = time.perf_counter()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
            exit_s = round(time.perf_counter() - stop, 2)
        except subprocess.TimeoutExpired:
            exit_s = None
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    slow = [r for r in results if r["status"] is None
            or (r["s"] > 2.0 and not (400 <= r["status"] < 500 or r["status"] == 503))]
    by_status: dict[str, int] = {}
    for r in results:
        by_status[str(r["status"])] = by_status.get(str(r["status"]), 0) + 1
    times = sorted(r["s"] for r in results)
    per_path = {}
    for path in PATHS:
        mine = [r for r in results if r["path"] == path]
        if mine:
            per_path[path] = {"statuses": sorted({str(r["status"]) for r in mine}),
                              "max_s": round(max(r["s"] for r in mine), 2),
                              "max_bytes": max((r["bytes"] for r in mine
                                                if isinstance(r["bytes"], int)), default=0)}
    return {"db_mb": round(db.stat().st_size / 1e6), "requests": requests, "public": public,
            "clients": clients or requests,
            "wall_s": round(wall, 2), "statuses": by_status,
            "max_s": round(times[-1], 2), "p50_s": round(times[len(times) // 2], 2),
            "over_2s_not_refused": len(slow),
            "rss_idle_mb": round(idle), "rss_peak_mb": round(sampler.peak),
            "search_after_load": after,
            "sigterm_exit_s": exit_s, "paths": per_path}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.serve_load")
    parser.add_argument("db", type=Path)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--public", action="store_true")
    parser.add_argument("--clients", type=int, default=None,
                        help="clients sending one request at a time (default: all at once)")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    result = measure(args.db, requests=min(args.requests, 1000), public=args.public,
                     timeout=args.timeout, clients=args.clients)
    text = json.dumps(result, indent=1, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text)
    return 0 if result["over_2s_not_refused"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
