'use strict';
// Serves the reference chaincode as a chaincode-as-a-service: the peer dials
// us. CHAINCODE_ID (the package ID) and CHAINCODE_SERVER_ADDRESS (HOST:PORT)
// as in Fabric's samples; TLS when CHAINCODE_TLS_CERT and CHAINCODE_TLS_KEY
// name PEM files, the peer's client certificate required when
// CHAINCODE_CLIENT_CA does too.
const fs = require('fs');
const shim = require('fabric-shim');
const Reference = require('./chaincode');

function required(name) {
    const value = process.env[name];
    if (!value) {
        console.error(`fabric-reference: set ${name}`);
        process.exit(2);
    }
    return value;
}

const config = {
    ccid: required('CHAINCODE_ID'),
    address: required('CHAINCODE_SERVER_ADDRESS'),
};
if (process.env.CHAINCODE_TLS_CERT && process.env.CHAINCODE_TLS_KEY) {
    config.tlsProps = {
        key: fs.readFileSync(process.env.CHAINCODE_TLS_KEY),
        cert: fs.readFileSync(process.env.CHAINCODE_TLS_CERT),
    };
    if (process.env.CHAINCODE_CLIENT_CA) {
        config.tlsProps.clientCACerts = fs.readFileSync(process.env.CHAINCODE_CLIENT_CA);
    }
}

const server = shim.server(new Reference(), config);
server.start().then(() => {
    console.log(`fabric-reference: serving ${config.ccid} on ${config.address}${config.tlsProps ? ' with TLS' : ''}`);
}).catch((err) => {
    console.error(`fabric-reference: cannot serve: ${err.message}`);
    process.exit(1);
});
