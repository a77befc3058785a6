'use strict';
// The benchmark's reference (issue 15, item 4): the least a chaincode can do
// per call that still touches the ledger, one read and one write, written
// with Hyperledger's own Node chaincode library. Our C++ contracts must not
// be slower per call than this.
const shim = require('fabric-shim');

class Reference {
    async Init() {
        return shim.success();
    }

    async Invoke(stub) {
        const { fcn, params } = stub.getFunctionAndParameters();
        try {
            switch (fcn) {
            case 'Put': return await this.put(stub, params);
            case 'Get': return await this.get(stub, params);
            default: return shim.error(`REF_UNKNOWN_FUNCTION: no function ${fcn} (Put KEY VALUE, Get KEY)`);
            }
        } catch (err) {
            return shim.error(`REF_FAILED: ${err.message}`);
        }
    }

    // Put(key, value): reads the key, then writes value; returns the value read before.
    async put(stub, params) {
        if (params.length !== 2 || params[0] === '') {
            return shim.error('REF_ARGS: Put takes KEY VALUE');
        }
        const before = await stub.getState(params[0]);
        await stub.putState(params[0], Buffer.from(params[1]));
        return shim.success(before);
    }

    async get(stub, params) {
        if (params.length !== 1 || params[0] === '') {
            return shim.error('REF_ARGS: Get takes KEY');
        }
        return shim.success(await stub.getState(params[0]));
    }
}

module.exports = Reference;
