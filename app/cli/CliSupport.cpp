#include "CliSupport.h"

#include "chaincode/TextRules.h"
#include "crypto/Hash.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/FabricGateway.h"
#include "ledgerclient/NetworkProfile.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <google/protobuf/util/json_util.h>
#include <sstream>

namespace lx::cli {

std::string jsonString(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out.push_back('\\');
        out.push_back(c);
    }
    out.push_back('"');
    // Control and bidirectional characters as \uXXXX: stored text never
    // acts on the terminal that shows the JSON, nor breaks its lines.
    return chaincode::jsonEscapedHidden(out);
}

std::string toJson(const google::protobuf::Message &message)
{
    std::string out;
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    options.preserve_proto_field_names = false;
    google::protobuf::util::MessageToJsonString(message, &out, options);
    // protobuf escapes C0 controls in strings, not DEL, C1 or the
    // bidirectional marks; the line breaks left are the layout's.
    return chaincode::jsonEscapedHidden(out, true);
}

std::string utcTime(std::int64_t seconds)
{
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm {};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S UTC", &tm);
    return text;
}

Bytes fileContent(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw UsageError("cannot read " + path);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

lianxin::lc::Document documentArgument(const std::string &argument)
{
    lianxin::lc::Document doc;
    std::string path = argument;
    const auto equals = argument.find('=');
    if (equals != std::string::npos && equals > 0
        && argument.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ_") >= equals) {
        doc.set_doc_type(argument.substr(0, equals));
        path = argument.substr(equals + 1);
    } else {
        doc.set_doc_type("OTHER");
    }
    doc.set_file_name(std::filesystem::path(path).filename().string());
    doc.set_sha256(crypto::sha256(fileContent(path)));
    return doc;
}

std::shared_ptr<client::Ledger> openLedger(const CliOptions &options, bool forWriting)
{
    if (options.network)
        return client::openFabricGateway(client::readNetworkProfile(*options.network).endpoint(options.peer));
    const auto consortium = client::consortiumDir(options.dataDir);
    return forWriting ? client::openEmbeddedLedger(consortium) : client::openEmbeddedLedgerForReading(consortium);
}

namespace {

client::Client clientOn(const CliOptions &options, bool forWriting)
{
    const auto wallet = client::Wallet::open(client::walletDir(options.dataDir), options.passphrase());
    std::string label = options.as;
    if (label.empty()) {
        const auto entries = wallet.entries();
        if (entries.empty())
            throw UsageError("the wallet has no identities");
        label = entries.front().label;
    }
    client::Client client(openLedger(options, forWriting), wallet.identity(label));
    if (options.date)
        client.setClock(client::chinaDateClock(*options.date));
    return client;
}

} // namespace

client::Client openClient(const CliOptions &options)
{
    return clientOn(options, true);
}

client::Client openReader(const CliOptions &options)
{
    return clientOn(options, false);
}

void readJsonFile(const std::string &file, google::protobuf::Message &message)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw UsageError("cannot read " + file);
    std::ostringstream text;
    text << in.rdbuf();
    const auto status = google::protobuf::util::JsonStringToMessage(text.str(), &message);
    if (!status.ok())
        throw UsageError(file + " is not a valid " + message.GetTypeName() + ": " + std::string(status.message()));
}

void queryInto(const CliOptions &options, const client::DeskWorkflow::Product &product, const std::string &function,
    const std::vector<Bytes> &args, google::protobuf::Message &answer)
{
    client::Client client = openReader(options);
    if (!answer.ParseFromString(client.evaluate(product.channel, product.contract, function, args).payload()))
        throw client::LedgerError(client::LedgerError::Kind::DataInvalid, "BAD_ANSWER",
            function + " of " + product.contract + " answered something that is not a "
                + answer.GetDescriptor()->full_name() + ".");
}

int printQuery(const CliOptions &options, const client::DeskWorkflow::Product &product, const std::string &function,
    const std::vector<Bytes> &args, google::protobuf::Message &answer)
{
    queryInto(options, product, function, args, answer);
    std::cout << toJson(answer) << "\n";
    return Done;
}

} // namespace lx::cli
