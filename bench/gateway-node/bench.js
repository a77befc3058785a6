'use strict';
// bench_gateway's other half: the same contract calls as our C++ client
// makes, through Hyperledger's official Node Fabric Gateway client
// (@hyperledger/fabric-gateway over @grpc/grpc-js), IN_FLIGHT calls at a
// time for SECONDS after one warm-up call. bench_gateway starts it once per
// operation and level and reads what it prints: "ready" when the warm-up
// call is done and the timed calls start, then one JSON object:
//   {"client": ..., "calls": N, "failed": N, "first_error": "...",
//    "seconds": S, "cpu_ms": MS, "latencies_ms": [...]}
// Usage: node bench.js --peer HOST:PORT --tls-ca FILE [--tls-cert FILE --tls-key FILE]
//   [--host-override NAME] --msp-id ID --msp-dir DIR --channel C --chaincode CC
//   --op evaluate|submit --function F --in-flight N --seconds S --orgs A[,B...]
//   [--signer noble|openssl]   (evaluate) --arg TEXT   (submit) --arg-prefix HEX --hash-tag HEX
//
// --signer noble (the default) signs as the package documents it:
// signers.newPrivateKeySigner (@noble/curves, JavaScript) over the
// client's SHA-256 digest. --signer openssl hashes and signs with Node's own
// crypto (OpenSSL) through the same API (hash.none and a signer of our own),
// S normalized to the lower half as Fabric requires: how fast the Node
// client gets with native ECDSA.

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const grpc = require('@grpc/grpc-js');
const { connect, hash, signers } = require('@hyperledger/fabric-gateway');

function parseArgs(argv) {
    const out = {};
    for (let i = 0; i < argv.length; i += 2) {
        if (!argv[i].startsWith('--') || i + 1 >= argv.length) {
            throw new Error(`bad argument ${argv[i]}`);
        }
        out[argv[i].slice(2)] = argv[i + 1];
    }
    for (const required of ['peer', 'tls-ca', 'msp-id', 'msp-dir', 'channel', 'chaincode', 'op', 'function',
        'in-flight', 'seconds', 'orgs']) {
        if (out[required] === undefined) {
            throw new Error(`--${required} is required`);
        }
    }
    return out;
}

// P-256's group order; Fabric refuses an ECDSA signature whose S is above
// half of it.
const P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

function derInteger(value) {
    let hex = value.toString(16);
    if (hex.length % 2) {
        hex = '0' + hex;
    }
    let bytes = Buffer.from(hex, 'hex');
    if (bytes[0] & 0x80) {
        bytes = Buffer.concat([Buffer.from([0]), bytes]);
    }
    return Buffer.concat([Buffer.from([0x02, bytes.length]), bytes]);
}

// SHA-256 and ECDSA by OpenSSL (node:crypto), low-S, DER.
function newOpenSslSigner(key) {
    return (message) => {
        const raw = crypto.sign('sha256', message, { key, dsaEncoding: 'ieee-p1363' });
        const r = BigInt('0x' + raw.subarray(0, 32).toString('hex'));
        let s = BigInt('0x' + raw.subarray(32).toString('hex'));
        if (s > P256_N / 2n) {
            s = P256_N - s;
        }
        const body = Buffer.concat([derInteger(r), derInteger(s)]);
        return Promise.resolve(Buffer.concat([Buffer.from([0x30, body.length]), body]));
    };
}

// The only file in an msp folder's subfolder (signcerts/, keystore/).
function onlyFile(dir) {
    const files = fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isFile());
    if (files.length !== 1) {
        throw new Error(`${dir}: expected one file, found ${files.length}`);
    }
    return fs.readFileSync(path.join(dir, files[0]));
}

async function main() {
    const a = parseArgs(process.argv.slice(2));
    const tlsCa = fs.readFileSync(a['tls-ca']);
    const credentials = a['tls-cert']
        ? grpc.credentials.createSsl(tlsCa, fs.readFileSync(a['tls-key']), fs.readFileSync(a['tls-cert']))
        : grpc.credentials.createSsl(tlsCa);
    const channelOptions = { 'grpc.max_receive_message_length': 100 * 1024 * 1024 };
    if (a['host-override']) {
        channelOptions['grpc.ssl_target_name_override'] = a['host-override'];
    }
    const client = new grpc.Client(a.peer, credentials, channelOptions);
    const deadline = (seconds) => () => ({ deadline: Date.now() + seconds * 1000 });
    const key = crypto.createPrivateKey(onlyFile(path.join(a['msp-dir'], 'keystore')));
    const signer = a.signer || 'noble';
    if (signer !== 'noble' && signer !== 'openssl') {
        throw new Error(`--signer wants noble or openssl, not ${signer}`);
    }
    const gateway = connect({
        client,
        identity: { mspId: a['msp-id'], credentials: onlyFile(path.join(a['msp-dir'], 'signcerts')) },
        signer: signer === 'noble' ? signers.newPrivateKeySigner(key) : newOpenSslSigner(key),
        hash: signer === 'noble' ? hash.sha256 : hash.none,
        evaluateOptions: deadline(30),
        endorseOptions: deadline(30),
        submitOptions: deadline(30),
        commitStatusOptions: deadline(120),
    });
    const contract = gateway.getNetwork(a.channel).getContract(a.chaincode);
    const orgs = a.orgs.split(',').filter((o) => o !== '');
    const options = (args) => (orgs.length ? { arguments: args, endorsingOrganizations: orgs } : { arguments: args });

    let call;
    if (a.op === 'evaluate') {
        call = () => contract.evaluate(a.function, options([a.arg]));
    } else if (a.op === 'submit') {
        // A fresh 32-byte hash per call, appended as its own protobuf field
        // to the rest of the message (bench_gateway encodes both).
        const prefix = Buffer.from(a['arg-prefix'], 'hex');
        const tag = Buffer.from(a['hash-tag'], 'hex');
        call = () =>
            contract.submit(a.function, options([Buffer.concat([prefix, tag, Buffer.from([32]), crypto.randomBytes(32)])]));
    } else {
        throw new Error(`--op wants evaluate or submit, not ${a.op}`);
    }

    await call(); // warm-up: the connection, the first call's costs
    process.stdout.write('ready\n');
    const latencies = [];
    let failed = 0;
    let firstError = '';
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const end = start + Number(a.seconds) * 1000;
    const worker = async () => {
        while (performance.now() < end) {
            const t0 = performance.now();
            try {
                await call();
                latencies.push(performance.now() - t0);
            } catch (e) {
                failed++;
                if (!firstError) {
                    firstError = String(e && e.details ? `${e.message}: ${JSON.stringify(e.details)}` : e);
                }
            }
        }
    };
    await Promise.all(Array.from({ length: Number(a['in-flight']) }, worker));
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    gateway.close();
    client.close();
    const pkg = require('@hyperledger/fabric-gateway/package.json');
    process.stdout.write(
        JSON.stringify({
            client: `@hyperledger/fabric-gateway ${pkg.version}, node ${process.versions.node}, signer ${signer}`,
            calls: latencies.length,
            failed,
            first_error: firstError,
            seconds,
            cpu_ms: (cpu.user + cpu.system) / 1000,
            latencies_ms: latencies.map((l) => Math.round(l * 1000) / 1000),
        }) + '\n',
    );
}

main().catch((e) => {
    process.stderr.write(`gateway-node: ${e && e.stack ? e.stack : e}\n`);
    process.exit(1);
});
