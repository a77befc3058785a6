#include "ledgerclient/NetworkProfile.h"

#include "crypto/Certificate.h"
#include "crypto/Error.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <system_error>
#include <yaml-cpp/yaml.h>

namespace lx::client {

namespace fs = std::filesystem;

namespace {

// A connection profile or a certificate is a few kilobytes; anything this
// large is the wrong file.
constexpr std::uintmax_t kMaxFileBytes = 4u << 20;

std::string describe(const fs::path &file, const std::string &field, const std::string &problem)
{
    return file.string() + ": " + (field.empty() ? "" : field + ": ") + problem;
}

// A value from the profile, quoted, so that an empty or odd one shows.
std::string quotedValue(std::string_view text)
{
    constexpr std::size_t kMax = 80;
    std::string out = "\"";
    for (char c : text.substr(0, kMax)) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out + (text.size() > kMax ? "...\"" : "\"");
}

std::string joined(const std::vector<std::string> &names)
{
    std::string out;
    for (const auto &name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out;
}

bool present(const YAML::Node &node)
{
    return node.IsDefined() && !node.IsNull();
}

struct Url
{
    bool tls = true;
    std::string address;
};

// grpcs://HOST:PORT or grpc://HOST:PORT (HOST may be [IPv6]); nothing after the port.
std::optional<Url> parseUrl(std::string_view url)
{
    Url out;
    std::string_view rest;
    if (url.starts_with("grpcs://")) {
        rest = url.substr(8);
    } else if (url.starts_with("grpc://")) {
        out.tls = false;
        rest = url.substr(7);
    } else {
        return std::nullopt;
    }
    if (rest.find_first_of("/?#@ \t\r\n") != std::string_view::npos)
        return std::nullopt;
    std::string_view host;
    std::string_view port;
    if (rest.starts_with("[")) {
        const auto close = rest.find(']');
        if (close == std::string_view::npos || close + 1 >= rest.size() || rest[close + 1] != ':')
            return std::nullopt;
        host = rest.substr(1, close - 1);
        port = rest.substr(close + 2);
    } else {
        const auto colon = rest.rfind(':');
        if (colon == std::string_view::npos)
            return std::nullopt;
        host = rest.substr(0, colon);
        port = rest.substr(colon + 1);
        if (host.find(':') != std::string_view::npos)
            return std::nullopt;
    }
    if (host.empty() || port.empty() || port.size() > 5
        || !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const int number = std::stoi(std::string(port));
    if (number < 1 || number > 65535)
        return std::nullopt;
    out.address = std::string(rest);
    return out;
}

class ProfileReader
{
public:
    explicit ProfileReader(const fs::path &file) : m_file(file), m_dir(file.parent_path()) { }

    NetworkProfile read() { return parse(readFile(m_file, "", NetworkProfileError::kUnreadable)); }

    NetworkProfile parse(const std::string &content)
    {
        const YAML::Node root = load(content);
        NetworkProfile profile;
        profile.file = m_file;
        if (!root.IsMap())
            fail("", "is not a connection profile: its top level is not a map of name, client, organizations, peers");
        profile.name = text(root["name"], "name");
        if (present(root["version"]))
            profile.version = text(root["version"], "version");

        const YAML::Node client = map(root["client"], "client");
        profile.organization = text(client["organization"], "client.organization");
        readClientTls(client, profile);

        if (present(root["peers"])) {
            const YAML::Node peers = map(root["peers"], "peers");
            for (const auto &entry : peers)
                profile.peers.push_back(node(entry.first, entry.second, "peers"));
        }
        if (present(root["orderers"])) {
            const YAML::Node orderers = map(root["orderers"], "orderers");
            for (const auto &entry : orderers)
                profile.orderers.push_back(node(entry.first, entry.second, "orderers"));
        }

        const YAML::Node organizations = map(root["organizations"], "organizations");
        for (const auto &entry : organizations)
            profile.organizations.push_back(organization(entry.first, entry.second, profile));
        std::vector<std::string> names;
        for (const auto &org : profile.organizations)
            names.push_back(org.name);
        const auto ours = std::find_if(profile.organizations.begin(), profile.organizations.end(),
            [&](const NetworkOrganization &org) { return org.name == profile.organization; });
        if (ours == profile.organizations.end())
            fail("client.organization",
                profile.organization + " is not among organizations (" + (names.empty() ? "none" : joined(names))
                    + ")");
        if (ours->peers.empty())
            fail("organizations." + ours->name, "no peers (the client organization needs at least one)");
        profile.mspId = ours->mspId;

        if (present(root["channels"])) {
            const YAML::Node channels = root["channels"];
            if (!channels.IsMap())
                fail("channels", "is not a map of channel names");
            for (const auto &entry : channels)
                profile.channels.push_back(key(entry.first, "channels"));
        }
        return profile;
    }

private:
    [[noreturn]] void fail(
        const std::string &field, const std::string &problem, const char *code = NetworkProfileError::kInvalid) const
    {
        throw NetworkProfileError(code, m_file, field, problem);
    }

    // The file's bytes; what names the file in the message when it is not the profile.
    std::string readFile(const fs::path &path, const std::string &field, const char *code) const
    {
        std::error_code error;
        const auto status = fs::status(path, error);
        const std::string where = field.empty() ? "" : path.string() + " ";
        if (!fs::exists(status))
            fail(field, field.empty() ? "does not exist" : path.string() + " does not exist", code);
        if (!fs::is_regular_file(status))
            fail(field, where + "is not a file", code);
        const auto size = fs::file_size(path, error);
        if (error || size > kMaxFileBytes)
            fail(field, where + (error ? "cannot be read: " + error.message() : "is larger than 4 MiB"), code);
        std::ifstream in(path, std::ios::binary);
        if (!in)
            fail(field, where + "cannot be read", code);
        // At most the limit and one byte more, whatever size the file system
        // reported (files under /proc report none).
        std::string out;
        char chunk[16384];
        while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
            out.append(chunk, static_cast<std::size_t>(in.gcount()));
            if (out.size() > kMaxFileBytes)
                fail(field, where + "is larger than 4 MiB", code);
        }
        if (in.bad())
            fail(field, where + "cannot be read", code);
        return out;
    }

    YAML::Node load(const std::string &content) const
    {
        if (content.size() > kMaxFileBytes)
            fail("", "is larger than 4 MiB", NetworkProfileError::kUnreadable);
        try {
            return YAML::Load(content);
        } catch (const YAML::Exception &e) {
            std::string where;
            if (!e.mark.is_null())
                where = "line " + std::to_string(e.mark.line + 1) + ", column " + std::to_string(e.mark.column + 1)
                    + ": ";
            fail("", "is neither YAML nor JSON: " + where + e.msg, NetworkProfileError::kSyntax);
        }
    }

    std::string key(const YAML::Node &node, const std::string &parent) const
    {
        if (!node.IsScalar() || node.Scalar().empty())
            fail(parent, "has a key that is not a name");
        return node.Scalar();
    }

    // A required text value.
    std::string text(const YAML::Node &node, const std::string &field) const
    {
        if (!present(node))
            fail(field, "missing");
        if (!node.IsScalar())
            fail(field, "is not a text value");
        if (node.Scalar().empty())
            fail(field, "is empty");
        return node.Scalar();
    }

    YAML::Node map(const YAML::Node &node, const std::string &field) const
    {
        if (!present(node))
            fail(field, "missing");
        if (!node.IsMap())
            fail(field, "is not a map");
        return node;
    }

    // The PEM of a {pem: ...} or {path: ...} entry (tlsCACerts, tlsCerts.client.cert/key).
    std::string pemOf(const YAML::Node &entry, const std::string &field, bool certificate) const
    {
        const YAML::Node holder = map(entry, field);
        const bool hasPem = present(holder["pem"]);
        const bool hasPath = present(holder["path"]);
        if (hasPem == hasPath)
            fail(field, hasPem ? "gives both pem and path: give one" : "gives neither pem nor path");
        std::string pem;
        std::string source = field + ".pem";
        if (hasPem) {
            const YAML::Node value = holder["pem"];
            if (value.IsScalar()) {
                pem = value.Scalar();
            } else if (value.IsSequence()) {
                // Some profiles list several certificates.
                std::size_t i = 0;
                for (const auto &item : value) {
                    if (!item.IsScalar())
                        fail(field + ".pem[" + std::to_string(i) + "]", "is not text");
                    pem += item.Scalar();
                    if (!pem.empty() && pem.back() != '\n')
                        pem += '\n';
                    ++i;
                }
            } else {
                fail(source, "is neither PEM text nor a list of PEM texts");
            }
        } else {
            const std::string value = text(holder["path"], field + ".path");
            fs::path path(value);
            if (path.is_relative())
                path = m_dir / path;
            std::error_code error;
            const fs::path absolute = fs::absolute(path, error);
            path = (error ? path : absolute).lexically_normal();
            pem = readFile(path, field + ".path", NetworkProfileError::kInvalid);
            source = path.string();
        }
        if (certificate) {
            try {
                (void)crypto::Certificate::fromPem(pem);
            } catch (const crypto::CryptoError &) {
                fail(hasPem ? source : field + ".path", (hasPem ? "" : source + " ") + "holds no PEM certificate");
            }
        } else if (pem.find("-----BEGIN") == std::string::npos || pem.find("PRIVATE KEY-----") == std::string::npos) {
            fail(hasPem ? source : field + ".path", (hasPem ? "" : source + " ") + "holds no PEM private key");
        }
        return pem;
    }

    NetworkNode node(const YAML::Node &name, const YAML::Node &entry, const std::string &section) const
    {
        NetworkNode out;
        out.name = key(name, section);
        const std::string field = section + "." + out.name;
        map(entry, field);
        out.url = text(entry["url"], field + ".url");
        const auto url = parseUrl(out.url);
        if (!url)
            fail(field + ".url", quotedValue(out.url) + " is not grpc://HOST:PORT or grpcs://HOST:PORT");
        out.tls = url->tls;
        out.address = url->address;
        if (out.tls) {
            if (!present(entry["tlsCACerts"]))
                fail(field + ".tlsCACerts",
                    "missing: a grpcs:// " + section.substr(0, section.size() - 1)
                        + " needs its TLS CA certificate (pem or path)");
            out.tlsCaPem = pemOf(entry["tlsCACerts"], field + ".tlsCACerts", true);
        }
        if (present(entry["grpcOptions"])) {
            const YAML::Node options = map(entry["grpcOptions"], field + ".grpcOptions");
            for (const char *option : { "ssl-target-name-override", "hostnameOverride" }) {
                if (present(options[option])) {
                    out.hostNameOverride = text(options[option], field + ".grpcOptions." + option);
                    break;
                }
            }
        }
        return out;
    }

    NetworkOrganization organization(
        const YAML::Node &name, const YAML::Node &entry, const NetworkProfile &profile) const
    {
        NetworkOrganization out;
        out.name = key(name, "organizations");
        const std::string field = "organizations." + out.name;
        map(entry, field);
        out.mspId = text(entry["mspid"], field + ".mspid");
        if (!present(entry["peers"]))
            return out;
        const YAML::Node peers = entry["peers"];
        if (!peers.IsSequence())
            fail(field + ".peers", "is not a list of peer names");
        std::size_t i = 0;
        for (const auto &peer : peers) {
            const std::string item = field + ".peers[" + std::to_string(i++) + "]";
            const std::string peerName = text(peer, item);
            const bool known = std::any_of(
                profile.peers.begin(), profile.peers.end(), [&](const NetworkNode &p) { return p.name == peerName; });
            if (!known)
                fail(item, peerName + " is not among peers");
            out.peers.push_back(peerName);
        }
        return out;
    }

    void readClientTls(const YAML::Node &client, NetworkProfile &profile) const
    {
        if (!present(client["tlsCerts"]))
            return;
        const YAML::Node tlsCerts = map(client["tlsCerts"], "client.tlsCerts");
        if (!present(tlsCerts["client"]))
            return;
        const YAML::Node mine = map(tlsCerts["client"], "client.tlsCerts.client");
        const bool hasCert = present(mine["cert"]);
        const bool hasKey = present(mine["key"]);
        if (hasCert != hasKey)
            fail("client.tlsCerts.client", hasCert ? "a cert without its key" : "a key without its cert");
        if (!hasCert)
            return;
        profile.clientCertPem = pemOf(mine["cert"], "client.tlsCerts.client.cert", true);
        profile.clientKeyPem = pemOf(mine["key"], "client.tlsCerts.client.key", false);
    }

    fs::path m_file;
    fs::path m_dir;
};

} // namespace

NetworkProfileError::NetworkProfileError(std::string reasonCode, fs::path file, std::string field, std::string problem)
    : std::runtime_error(describe(file, field, problem))
    , m_reasonCode(std::move(reasonCode))
    , m_file(std::move(file))
    , m_field(std::move(field))
    , m_problem(std::move(problem))
{
}

std::vector<const NetworkNode *> NetworkProfile::organizationPeers() const
{
    std::vector<const NetworkNode *> out;
    for (const auto &org : organizations) {
        if (org.name != organization)
            continue;
        for (const auto &name : org.peers) {
            for (const auto &p : peers)
                if (p.name == name)
                    out.push_back(&p);
        }
    }
    return out;
}

const NetworkNode &NetworkProfile::peer(std::string_view name) const
{
    for (const auto &p : peers)
        if (p.name == name)
            return p;
    std::vector<std::string> names;
    for (const auto &p : peers)
        names.push_back(p.name);
    throw NetworkProfileError(NetworkProfileError::kInvalid, file, "peers",
        "no peer " + std::string(name) + " (peers: " + (names.empty() ? "none" : joined(names)) + ")");
}

FabricPeerEndpoint NetworkProfile::endpoint(std::string_view peerName) const
{
    const NetworkNode *chosen = nullptr;
    if (peerName.empty()) {
        const auto ours = organizationPeers();
        if (ours.empty())
            throw NetworkProfileError(NetworkProfileError::kInvalid, file, "organizations." + organization, "no peers");
        chosen = ours.front();
    } else {
        chosen = &peer(peerName);
    }
    FabricPeerEndpoint out;
    out.address = chosen->address;
    out.tlsCaPem = chosen->tlsCaPem; // empty for grpc://: plaintext
    out.clientCertPem = clientCertPem;
    out.clientKeyPem = clientKeyPem;
    return out;
}

NetworkProfile readNetworkProfile(const fs::path &file)
{
    return ProfileReader(file).read();
}

NetworkProfile parseNetworkProfile(std::string_view content, const fs::path &file)
{
    return ProfileReader(file).parse(std::string(content));
}

} // namespace lx::client
