#!/usr/bin/env python3
"""A tiny SMTP sink on loopback for the automatic-containment benchmark (python3 stdlib,
asyncio): accepts every message (ESMTP with PIPELINING, RFC 2920) and appends one line per
message to LOG: "<epoch seconds> <envelope sender>", flushed at once, so the benchmark can
count a login's messages that left the queue before a given moment.

Usage: smtp_sink.py --port 2526 --log FILE
"""
import argparse
import asyncio
import signal
import time


class Sink:
    def __init__(self, log):
        self.log = open(log, "a", buffering=1, encoding="utf-8")

    async def session(self, reader, writer):
        def send(text):
            writer.write(text.encode("ascii") + b"\r\n")

        send("220 sink.bench ESMTP")
        sender, rcpts = None, 0
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                cmd = line.decode("utf-8", "replace").strip()
                verb = cmd[:4].upper()
                if verb in ("EHLO", "HELO"):
                    send("250-sink.bench" if verb == "EHLO" else "250 sink.bench")
                    if verb == "EHLO":
                        send("250-PIPELINING")
                        send("250-8BITMIME")
                        send("250 SIZE 104857600")
                elif verb == "MAIL":
                    start, end = cmd.find("<"), cmd.find(">")
                    sender, rcpts = cmd[start + 1:end] if 0 <= start < end else "", 0
                    send("250 2.1.0 Ok")
                elif verb == "RCPT":
                    rcpts += 1
                    send("250 2.1.5 Ok")
                elif verb == "DATA":
                    send("354 End data with <CR><LF>.<CR><LF>")
                    await writer.drain()
                    while True:
                        body = await reader.readline()
                        if not body or body in (b".\r\n", b".\n"):
                            break
                    self.log.write("%.3f %s\n" % (time.time(), sender))
                    send("250 2.0.0 Ok: queued")
                    sender, rcpts = None, 0
                elif verb == "RSET":
                    sender, rcpts = None, 0
                    send("250 2.0.0 Ok")
                elif verb == "NOOP":
                    send("250 2.0.0 Ok")
                elif verb == "QUIT":
                    send("221 2.0.0 Bye")
                    await writer.drain()
                    break
                else:
                    send("502 5.5.2 Error: command not recognized")
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()


async def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port", type=int, default=2526)
    ap.add_argument("--log", required=True)
    args = ap.parse_args()
    sink = Sink(args.log)
    server = await asyncio.start_server(sink.session, "127.0.0.1", args.port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for s in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(s, stop.set)
    async with server:
        await stop.wait()


if __name__ == "__main__":
    asyncio.run(main())
