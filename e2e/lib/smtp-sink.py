"""SMTP sink for the e2e tests: Debian's aiosmtpd, saving each message byte for byte.

aiosmtpd's own Mailbox handler re-serialises the parsed message, which would hide what the
client really sent (folding, encodings, line endings). This handler keeps the DATA bytes as
<n>.eml and the envelope as <n>.json. Written under a temporary name and renamed, so a reader
never sees half a message.

Usage: python3 smtp-sink.py -l 127.0.0.1:PORT FOLDER
"""

import json
import os
import sys

from aiosmtpd.main import main


class SaveRaw:
    def __init__(self, folder):
        os.makedirs(folder, exist_ok=True)
        self.folder = folder
        self.count = 0

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 1:
            parser.error("SaveRaw takes one argument: the folder to write messages to")
        return cls(args[0])

    def _write(self, name, data):
        temporary = os.path.join(self.folder, f".{name}.tmp")
        with open(temporary, "wb") as file:
            file.write(data)
        os.rename(temporary, os.path.join(self.folder, name))

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        envelope_json = {
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "mailOptions": envelope.mail_options,
        }
        self._write(f"{self.count}.json", json.dumps(envelope_json).encode())
        self._write(f"{self.count}.eml", envelope.original_content)
        return "250 OK"


if __name__ == "__main__":
    # "__main__.SaveRaw": aiosmtpd imports the handler class by dotted path, and this file
    # is the running __main__ module (a kebab-case file name is not importable otherwise).
    main(["--nosetuid", "--class", "__main__.SaveRaw", *sys.argv[1:]])
