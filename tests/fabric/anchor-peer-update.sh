#!/usr/bin/env bash
# Makes one anchor-peer configuration update on a channel of a network that
# scripts/fabric-network.sh brought up, as an organization's admin would: the
# channel's configuration fetched, the organization's AnchorPeers given a
# second entry (localhost, the same peer port), the update computed with
# configtxlator and sent with the admin's signature. For capturing a real
# CONFIG block after the genesis block (tests/fabric/capture-blocks.sh).
#   anchor-peer-update.sh DIR CHANNEL MSP
set -euo pipefail
dir=$1 channel=$2 msp=$3
bin=${FABRIC_BIN:?set FABRIC_BIN to the folder of the Fabric programs}
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
field() { "$py" -c "import json,sys; n=json.load(open('$dir/network.json')); print(eval(sys.argv[1]))" "$1"; }
peer_addr=$(field "n['orgs']['$msp']['peerAddress']")
peer() {
    FABRIC_CFG_PATH=$dir/config/peers/$msp CORE_PEER_LOCALMSPID=$msp \
        CORE_PEER_MSPCONFIGPATH=$(field "n['orgs']['$msp']['adminMsp']") CORE_PEER_ADDRESS=$peer_addr \
        CORE_PEER_TLS_ENABLED=true CORE_PEER_TLS_ROOTCERT_FILE=$(field "n['orgs']['$msp']['peerTlsCa']") \
        FABRIC_LOGGING_SPEC=warning "$bin/peer" "$@"
}
orderer=(-o "$(field "n['ordererAddress']")" --tls --cafile "$(field "n['ordererTlsCa']")")
peer channel fetch config "$work/config.pb" -c "$channel" "${orderer[@]}" 2>/dev/null
"$bin/configtxlator" proto_decode --input "$work/config.pb" --type common.Block --output "$work/block.json"
"$py" - "$work" "$msp" "${peer_addr##*:}" <<'PY'
import json, sys
work, msp, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
config = json.load(open(f"{work}/block.json"))["data"]["data"][0]["payload"]["data"]["config"]
json.dump(config, open(f"{work}/config.json", "w"))
org = config["channel_group"]["groups"]["Application"]["groups"][msp]
anchors = org["values"]["AnchorPeers"]["value"]["anchor_peers"]
anchors.append({"host": "localhost", "port": port})
json.dump(config, open(f"{work}/modified.json", "w"))
PY
"$bin/configtxlator" proto_encode --input "$work/config.json" --type common.Config --output "$work/config.cfg"
"$bin/configtxlator" proto_encode --input "$work/modified.json" --type common.Config --output "$work/modified.cfg"
"$bin/configtxlator" compute_update --channel_id "$channel" --original "$work/config.cfg" \
    --updated "$work/modified.cfg" --output "$work/update.pb"
"$bin/configtxlator" proto_decode --input "$work/update.pb" --type common.ConfigUpdate --output "$work/update.json"
"$py" - "$work" "$channel" <<'PY'
import json, sys
work, channel = sys.argv[1], sys.argv[2]
update = json.load(open(f"{work}/update.json"))
envelope = {"payload": {"header": {"channel_header": {"channel_id": channel, "type": 2}},
                        "data": {"config_update": update}}}
json.dump(envelope, open(f"{work}/envelope.json", "w"))
PY
"$bin/configtxlator" proto_encode --input "$work/envelope.json" --type common.Envelope --output "$work/envelope.pb"
peer channel update -f "$work/envelope.pb" -c "$channel" "${orderer[@]}"
echo "anchor-peer update of $msp on $channel sent"
