#include "ChaincodeCommands.h"

#include "CliSupport.h"

#include <google/protobuf/util/json_util.h>
#include <google/protobuf/wrappers.pb.h>
#include <iostream>
#include <map>

namespace lx::cli {

namespace {

// Base64 through protobuf's JSON mapping of bytes (a BytesValue is its
// base64 string), the encoding the CLI's JSON output uses for bytes.
std::string base64(const Bytes &bytes)
{
    google::protobuf::BytesValue value;
    value.set_value(bytes);
    std::string out;
    google::protobuf::util::MessageToJsonString(value, &out);
    return out.size() >= 2 ? out.substr(1, out.size() - 2) : std::string();
}

Bytes fromBase64(const std::string &text, const std::string &option)
{
    const bool alphabet = text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
        == std::string::npos;
    google::protobuf::BytesValue value;
    if (!alphabet || !google::protobuf::util::JsonStringToMessage("\"" + text + "\"", &value).ok())
        throw UsageError(option + " wants base64, not \"" + text + "\"", "CLI_BAD_BASE64");
    return value.value();
}

// The response as the contract gave it, its "REASON_CODE: message" split.
std::string responseJson(const std::string &txId, const protos::Response &response)
{
    std::string reasonCode, message = response.message();
    if (response.status() >= 400) {
        const client::LedgerError why = client::rejectionOf(response);
        reasonCode = why.reasonCode();
        message = why.what();
    }
    return "{\"txId\": " + jsonString(txId) + ", \"status\": " + std::to_string(response.status())
        + ", \"reasonCode\": " + jsonString(reasonCode) + ", \"message\": " + jsonString(message)
        + ", \"payload\": " + jsonString(base64(response.payload()));
}

} // namespace

int chaincodeCommand(const CliOptions &o)
{
    const auto &w = o.words;
    const std::string verb = w.size() > 1 ? w[1] : std::string();
    if (w.size() != 2 || (verb != "invoke" && verb != "query"))
        throw UsageError("usage: lianxin-cli chaincode invoke|query --channel C --name CC "
                         "(--arg TEXT | --arg-b64 B64)... [--transient KEY=B64]...");
    if (o.channel.empty() || o.chaincodeName.empty())
        throw UsageError("chaincode " + verb + " needs --channel C and --name CC");
    if (o.chaincodeArgs.empty())
        throw UsageError("chaincode " + verb + " needs the function as its first --arg");
    std::vector<Bytes> args;
    for (const auto &[option, value] : o.chaincodeArgs)
        args.push_back(option == "--arg-b64" ? fromBase64(value, option) : value);
    const std::string function = args.front();
    args.erase(args.begin());
    std::map<std::string, Bytes> transient;
    for (const std::string &entry : o.transient) {
        const auto equals = entry.find('=');
        if (equals == std::string::npos || equals == 0)
            throw UsageError("--transient wants KEY=BASE64, not \"" + entry + "\"", "CLI_USAGE");
        if (!transient.emplace(entry.substr(0, equals), fromBase64(entry.substr(equals + 1), "--transient")).second)
            throw UsageError("--transient names " + entry.substr(0, equals) + " twice");
    }

    if (verb == "query") {
        client::Client client = openReader(o);
        const protos::Response response = client.evaluateAsIs(o.channel, o.chaincodeName, function, args, transient);
        std::cout << responseJson({}, response) << "}\n";
        if (response.status() >= 400)
            throw client::rejectionOf(response);
        return Done;
    }
    client::Client client = openClient(o);
    const client::SubmitResult result = client.submitAsIs(o.channel, o.chaincodeName, function, args, transient);
    const bool sent = result.response.status() < 400;
    std::cout << responseJson(result.txId, result.response)
              << (sent ? ", \"validationCode\": " + jsonString(protos::TxValidationCode_Name(result.code))
                             + ", \"block\": " + std::to_string(result.blockNumber)
                       : std::string())
              << "}\n";
    if (!sent)
        throw client::rejectionOf(result.response);
    if (result.code != protos::VALID)
        throw client::LedgerError(client::LedgerError::Kind::Rejected, "TX_INVALIDATED",
            "Transaction " + result.txId + " was ordered but not valid (" + protos::TxValidationCode_Name(result.code)
                + ").");
    return Done;
}

} // namespace lx::cli
