#!/usr/bin/env python3
"""Edits a LianXin block file in place for tamper tests, keeping each
record's size, so the framing (length and its CRC) stays valid.

  blockedit.py FILE count                 number of blocks
  blockedit.py FILE txid N                the transaction ID of block N's first transaction
  blockedit.py FILE code N TX CODE        set transaction TX's validation code in block N
  blockedit.py FILE txbyte N              flip a byte inside block N's first transaction
  blockedit.py FILE header N              flip that byte and recompute N's data hash
"""
import hashlib
import sys


def varint(buf, i):
    value = shift = 0
    while True:
        b = buf[i]
        i += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return value, i


def fields(buf, start, end):
    """(field number, start, end) of each length-delimited field; others skipped."""
    i = start
    while i < end:
        key, i = varint(buf, i)
        wire = key & 7
        if wire == 0:
            _, i = varint(buf, i)
        elif wire == 2:
            size, i = varint(buf, i)
            yield key >> 3, i, i + size
            i += size
        elif wire == 1:
            i += 8
        elif wire == 5:
            i += 4
        else:
            raise ValueError("unexpected wire type")


def records(data):
    out, offset = [], 0
    while offset + 12 <= len(data):
        assert data[offset:offset + 4] == b"LXB1"
        size = int.from_bytes(data[offset + 4:offset + 8], "little")
        out.append((offset + 12, offset + 12 + size))
        offset += 12 + size
    return out


def part(buf, start, end, number, index=0):
    found = [(s, e) for f, s, e in fields(buf, start, end) if f == number]
    return found[index]


def main():
    path, what = sys.argv[1], sys.argv[2]
    data = bytearray(open(path, "rb").read())
    blocks = records(data)
    if what == "count":
        print(len(blocks))
        return
    start, end = blocks[int(sys.argv[3])]
    if what == "txid":
        d0, d1 = part(data, start, end, 2)
        e0, e1 = part(data, d0, d1, 1)       # Envelope
        p0, p1 = part(data, e0, e1, 1)       # .payload
        h0, h1 = part(data, p0, p1, 1)       # Payload.header
        c0, c1 = part(data, h0, h1, 1)       # Header.channel_header
        t0, t1 = part(data, c0, c1, 5)       # ChannelHeader.tx_id
        print(data[t0:t1].decode())
        return
    if what == "code":
        m0, m1 = part(data, start, end, 3)
        f0, _ = part(data, m0, m1, 1, 2)  # metadata[TRANSACTIONS_FILTER]
        data[f0 + int(sys.argv[4])] = int(sys.argv[5])
    elif what in ("txbyte", "header"):
        d0, d1 = part(data, start, end, 2)
        t0, t1 = part(data, d0, d1, 1)
        data[(t0 + t1) // 2] ^= 0x01
        if what == "header":
            envelopes = b"".join(data[s:e] for f, s, e in fields(data, d0, d1) if f == 1)
            h0, h1 = part(data, start, end, 1)
            x0, x1 = part(data, h0, h1, 3)  # data_hash
            data[x0:x1] = hashlib.sha256(envelopes).digest()
    open(path, "r+b").write(data)


main()
