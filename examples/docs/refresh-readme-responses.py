#!/usr/bin/env python3
"""Rewrites the ```http blocks of README.md with what the running example sends.

Start the example first (java -jar examples/target/statuskit-examples.jar, on 127.0.0.1:8080, freshly
started so that book versions and rate-limit buckets are as documented), then run from the repository
root:  python3 examples/docs/refresh-readme-responses.py [path/to/server.log]
Each ```sh block followed by an ```http block is run with bash; the http block gets the output (curl -i
prints the status line and header fields). With a server log, the ```text block after the 500 example
gets the log lines of its occurrence id. ReadmeResponsesIT then checks the result.
"""
import re
import subprocess
import sys

PATH = 'README.md'
text = open(PATH, encoding='utf-8').read()
# A sh block (no fence inside) directly followed by an http block.
pattern = re.compile(r'```sh\n((?:(?!```).)*?)\n```\n\n```http\n(?:(?!```).)*?\n```\n', re.S)
occurrence = None


def replace(match):
    global occurrence
    result = subprocess.run(['bash', '-c', match.group(1)], capture_output=True, check=True)
    lines = [line.rstrip() for line in result.stdout.decode('utf-8').replace('\r\n', '\n').split('\n')]
    body = '\n'.join(lines).rstrip('\n')
    if '/rating' in match.group(1):
        occurrence = re.search(r'urn:uuid:[0-9a-f-]{36}', body).group(0)
    return '```sh\n' + match.group(1) + '\n```\n\n```http\n' + body + '\n```\n'


text = pattern.sub(replace, text)
if len(sys.argv) > 1 and occurrence:
    log = open(sys.argv[1], encoding='utf-8').read().split('\n')
    for i, line in enumerate(log):
        if occurrence in line:
            excerpt = '\n'.join(log[i - 1:i + 5])
            text = re.sub(r'(under the same id:\n\n```text\n).*?(\n```)',
                          lambda m: m.group(1) + excerpt + m.group(2), text, count=1, flags=re.S)
            break
open(PATH, 'w', encoding='utf-8').write(text)
