#include "AuditCommands.h"

#include "CliSupport.h"

#include "chaincode/lc/LcDates.h"
#include "ledgerclient/AuditPackage.h"
#include "ledgerclient/GovernanceWorkflow.h"

#include "msp/identities.pb.h"

#include <fstream>
#include <iostream>

namespace lx::cli {

namespace {

void printManifest(const lianxin::audit::AuditManifest &m)
{
    msp::SerializedIdentity exporter;
    exporter.ParseFromString(m.exporter());
    std::cout << "Channel " << shown(m.channel()) << ", " << chaincode::lc::text(m.from()) << " to "
              << chaincode::lc::text(m.to()) << ": blocks " << m.first_block() << " to " << m.last_block() << ", "
              << m.transactions() << " transactions, judged by configuration block " << m.config_block()
              << "; signed by " << shown(exporter.mspid()) << " at " << utcTime(m.created_seconds()) << "\n";
}

} // namespace

int auditCommand(const CliOptions &o)
{
    const auto &w = o.words;
    const std::string verb = w.size() > 1 ? w[1] : std::string();
    if (verb == "export") {
        if (w.size() != 2 || o.channel.empty() || !o.from || !o.to || !o.out)
            throw UsageError("usage: lianxin-cli audit export --channel C --from YYYY-MM-DD --to YYYY-MM-DD --out FILE");
        client::Client client = openReader(o);
        const auto package = client::exportAuditPackage(client, o.channel, *o.from, *o.to);
        {
            std::ofstream out(*o.out, std::ios::binary | std::ios::trunc);
            if (!out || !(out << package.SerializeAsString()) || !out.flush())
                throw UsageError("cannot write " + *o.out);
        }
        lianxin::audit::AuditManifest manifest;
        manifest.ParseFromString(package.manifest());
        if (o.json) {
            std::cout << toJson(manifest) << "\n";
        } else {
            std::cout << "Audit package written to " << shown(*o.out) << ".\n";
            printManifest(manifest);
        }
        return Done;
    }
    if (verb == "verify") {
        if (w.size() != 3)
            throw UsageError("usage: lianxin-cli audit verify FILE");
        lianxin::audit::AuditPackage package;
        if (!package.ParseFromString(fileContent(w[2])))
            throw client::LedgerError(client::LedgerError::Kind::DataInvalid, "AUDIT_PACKAGE_INVALID",
                w[2] + " is not an audit package.");
        const client::AuditVerification result = client::verifyAuditPackage(package);
        if (result.problem)
            throw client::LedgerError(client::LedgerError::Kind::DataInvalid, "AUDIT_PACKAGE_INVALID",
                w[2] + ": " + *result.problem);
        if (o.json) {
            std::cout << "{\"verified\": true, \"manifest\": " << toJson(*result.manifest) << "}\n";
        } else {
            std::cout << shown(w[2]) << " verifies.\n";
            printManifest(*result.manifest);
        }
        return Done;
    }
    if (verb == "flag") {
        if (w.size() != 4 || o.note.empty())
            throw UsageError("usage: lianxin-cli audit flag lc|guarantee|forfaiting DEAL --note TEXT");
        client::Client client = openClient(o);
        const lianxin::audit::DealFlag flag = client::GovernanceWorkflow(client).flagDeal(w[2], w[3], o.note);
        if (o.json) {
            std::cout << toJson(flag) << "\n";
        } else {
            std::cout << "Flagged " << shown(flag.product()) << " " << shown(flag.deal_id()) << " (flag "
                      << flag.sequence() << "); the banks party to it see it:";
            for (const std::string &msp : flag.parties())
                std::cout << " " << shown(msp);
            std::cout << "\n";
        }
        return Done;
    }
    if (verb == "flags") {
        if (w.size() != 2)
            throw UsageError("usage: lianxin-cli audit flags");
        client::Client client = openReader(o);
        lianxin::audit::DealFlagList list;
        for (auto &flag : client::GovernanceWorkflow(client).dealFlags())
            *list.add_flags() = std::move(flag);
        if (o.json) {
            std::cout << toJson(list) << "\n";
            return Done;
        }
        for (const auto &f : list.flags())
            std::cout << shown(f.product()) << "\t" << shown(f.deal_id()) << "\t#" << f.sequence() << "\t"
                      << utcTime(f.flagged_seconds()) << "\t" << shown(f.flagged_by()) << "\t" << shown(f.note()) << "\n";
        if (list.flags_size() == 0)
            std::cout << "No flags on your deals.\n";
        return Done;
    }
    throw UsageError("unknown command: audit" + (verb.empty() ? std::string() : " " + verb), "CLI_COMMAND_UNKNOWN");
}

} // namespace lx::cli
