<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BankIdentity</name>
    <message>
        <source>Officer</source>
        <extracomment>Role of a maker at a trade-finance desk (zh: 经办)</extracomment>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Checker</source>
        <extracomment>Four-eyes role that approves a maker&apos;s draft (zh: 复核)</extracomment>
        <translation>Checker</translation>
    </message>
    <message>
        <source>Manager</source>
        <extracomment>Desk or department manager (zh: 主管)</extracomment>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>The organization&apos;s administrator (zh: 管理员)</extracomment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Auditor</source>
        <extracomment>Regulator&apos;s read-only role (zh: 审计)</extracomment>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>LianXin, the trade-finance workstation for banks in a consortium ledger.

On first run, when the data folder holds no consortium, LianXin creates a sandbox consortium there and asks for a new wallet passphrase (at least 8 characters).

Scripted runs: the environment variable LIANXIN_PASSPHRASE, or --passphrase-file, gives the passphrase. The sandbox is then created without asking, and together with --as LianXin signs in without asking. --passphrase-file wins over LIANXIN_PASSPHRASE.</source>
        <translation>LianXin, the trade-finance workstation for banks in a consortium ledger.

On first run, when the data folder holds no consortium, LianXin creates a sandbox consortium there and asks for a new wallet passphrase (at least 8 characters).

Scripted runs: the environment variable LIANXIN_PASSPHRASE, or --passphrase-file, gives the passphrase. The sandbox is then created without asking, and together with --as LianXin signs in without asking. --passphrase-file wins over LIANXIN_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Data folder of the workstation (default: %1).</source>
        <translation>Data folder of the workstation (default: %1).</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en (default: zh_CN when the system locale is Chinese, else en).</source>
        <translation>Interface language: zh_CN or en (default: zh_CN when the system locale is Chinese, else en).</translation>
    </message>
    <message>
        <source>Read the wallet passphrase from the first line of FILE (scripted sign-in, screenshots).</source>
        <translation>Read the wallet passphrase from the first line of FILE (scripted sign-in, screenshots).</translation>
    </message>
    <message>
        <source>Preselect the identity MSPID/USER, e.g. HuaxiaBankMSP/officer1.</source>
        <translation>Preselect the identity MSPID/USER, e.g. HuaxiaBankMSP/officer1.</translation>
    </message>
    <message>
        <source>Write PNGs of the sign-in dialog and the main window, in English and Chinese, to DIR, then quit. Needs the passphrase as for scripted runs.</source>
        <translation>Write PNGs of the sign-in dialog and the main window, in English and Chinese, to DIR, then quit. Needs the passphrase as for scripted runs.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>Unknown language &quot;%1&quot;: use zh_CN or en.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Cannot read the passphrase file %1: %2</translation>
    </message>
    <message>
        <source>--screenshot needs the passphrase: set LIANXIN_PASSPHRASE or use --passphrase-file.</source>
        <translation>--screenshot needs the passphrase: set LIANXIN_PASSPHRASE or use --passphrase-file.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome — LianXin</source>
        <translation>Welcome — LianXin</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>First run</translation>
    </message>
    <message>
        <source>Create the sandbox consortium</source>
        <translation>Create the sandbox consortium</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>New &amp;passphrase:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation>Passphrase error</translation>
    </message>
    <message>
        <source>Creating the sandbox consortium: keys, certificates, wallet and channels…</source>
        <translation>Creating the sandbox consortium: keys, certificates, wallet and channels…</translation>
    </message>
    <message>
        <source>Creating the sandbox consortium</source>
        <translation>Creating the sandbox consortium</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>Ledger height per channel</source>
        <translation>Ledger height per channel</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page arrives in a later release of LianXin.</source>
        <translation>This page arrives in a later release of LianXin.</translation>
    </message>
</context>
<context>
    <name>SectionText</name>
    <message>
        <source>Worklist</source>
        <extracomment>Navigation: the user&apos;s tasks (zh: 工作清单)</extracomment>
        <translation>Worklist</translation>
    </message>
    <message>
        <source>Letters of Credit</source>
        <extracomment>Navigation: domestic letters of credit (zh: 信用证)</extracomment>
        <translation>Letters of Credit</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>Navigation: maker-checker approvals (zh: 审批)</extracomment>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Ledger</source>
        <extracomment>Navigation: the consortium ledger&apos;s channels and blocks (zh: 账本)</extracomment>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Forfaiting</source>
        <extracomment>Navigation (zh: 福费廷)</extracomment>
        <translation>Forfaiting</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <extracomment>Navigation: demand guarantees (zh: 保函)</extracomment>
        <translation>Guarantees</translation>
    </message>
    <message>
        <source>Quotes</source>
        <extracomment>Navigation: the unified forfaiting quote board (zh: 报价)</extracomment>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <extracomment>Navigation: management dashboards (zh: 仪表板)</extracomment>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Everything waiting for you: drafts to finish, presentations to examine, deadlines to meet.</source>
        <translation>Everything waiting for you: drafts to finish, presentations to examine, deadlines to meet.</translation>
    </message>
    <message>
        <source>Domestic letters of credit: issuance, advising, amendments, presentations, acceptance and payment.</source>
        <translation>Domestic letters of credit: issuance, advising, amendments, presentations, acceptance and payment.</translation>
    </message>
    <message>
        <source>Drafts your bank&apos;s makers submitted for a second pair of eyes before they leave the bank.</source>
        <translation>Drafts your bank&apos;s makers submitted for a second pair of eyes before they leave the bank.</translation>
    </message>
    <message>
        <source>The height of every channel of the consortium ledger, live.</source>
        <translation>The height of every channel of the consortium ledger, live.</translation>
    </message>
    <message>
        <source>Inquiries, quotes, deals and claim-transfer notices on accepted letters of credit.</source>
        <translation>Inquiries, quotes, deals and claim-transfer notices on accepted letters of credit.</translation>
    </message>
    <message>
        <source>Demand guarantees under URDG 758: issuance, amendments, demands and payment.</source>
        <translation>Demand guarantees under URDG 758: issuance, amendments, demands and payment.</translation>
    </message>
    <message>
        <source>The unified quote board: forfaiting rates by tenor and obligor bank tier.</source>
        <translation>The unified quote board: forfaiting rates by tenor and obligor bank tier.</translation>
    </message>
    <message>
        <source>Volumes, exposure by counterparty bank, maturity ladder and deadline compliance.</source>
        <translation>Volumes, exposure by counterparty bank, maturity ladder and deadline compliance.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — LianXin</source>
        <translation>Sign in — LianXin</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to the consortium</source>
        <translation>Sign in to the consortium</translation>
    </message>
    <message>
        <source>Choose your bank identity and enter the wallet passphrase.</source>
        <translation>Choose your bank identity and enter the wallet passphrase.</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Identity:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Bank, person, user ID and role to sign in as</source>
        <translation>Bank, person, user ID and role to sign in as</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Sign-in error</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
</context>
<context>
    <name>lx::models::IdentityListModel</name>
    <message>
        <source>%1 — %2 (%3), %4</source>
        <extracomment>Sign-in list entry: %1 bank, %2 person, %3 user id, %4 role</extracomment>
        <translation>%1 — %2 (%3), %4</translation>
    </message>
</context>
<context>
    <name>lx::models::LedgerStatusModel</name>
    <message>
        <source>Channel</source>
        <extracomment>Fabric channel, one chain of the consortium (zh: 通道)</extracomment>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Height</source>
        <extracomment>Number of blocks in a channel&apos;s chain</extracomment>
        <translation>Height</translation>
    </message>
    <message>
        <source>Last block hash</source>
        <translation>Last block hash</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Last updated</translation>
    </message>
</context>
<context>
    <name>lx::models::Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>An amount has at most two decimals (fen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use digits, the decimal point and up to two decimals.</source>
        <translation>&quot;%1&quot; is not an amount: use digits, the decimal point and up to two decimals.</translation>
    </message>
</context>
<context>
    <name>lx::ui::FirstRunDialog</name>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>The passphrase is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>The two passphrases differ. Type the same passphrase twice.</translation>
    </message>
    <message>
        <source>The sandbox consortium could not be created: %1</source>
        <translation>The sandbox consortium could not be created: %1</translation>
    </message>
    <message>
        <source>This computer has no consortium yet. LianXin creates a sandbox consortium of fictional banks, the regulator and the secretariat in %1. Choose a passphrase of at least %2 characters: it protects the private keys of every sandbox user.</source>
        <translation>This computer has no consortium yet. LianXin creates a sandbox consortium of fictional banks, the regulator and the secretariat in %1. Choose a passphrase of at least %2 characters: it protects the private keys of every sandbox user.</translation>
    </message>
</context>
<context>
    <name>lx::ui::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Switch identity…</source>
        <translation>&amp;Switch identity…</translation>
    </message>
    <message>
        <source>Sign in as another identity of this wallet</source>
        <translation>Sign in as another identity of this wallet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About LianXin</source>
        <translation>&amp;About LianXin</translation>
    </message>
    <message>
        <source>LianXin</source>
        <extracomment>The application&apos;s name (zh: 联信)</extracomment>
        <translation>LianXin</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About LianXin</source>
        <translation>About LianXin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LianXin %1&lt;/h3&gt;&lt;p&gt;The trade-finance workstation for banks in a consortium ledger: domestic letters of credit, forfaiting and guarantees.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LianXin %1&lt;/h3&gt;&lt;p&gt;The trade-finance workstation for banks in a consortium ledger: domestic letters of credit, forfaiting and guarantees.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>lx::ui::SessionStatusBar</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Bank: %1</source>
        <extracomment>Status bar: the signed-in user&apos;s bank</extracomment>
        <translation>Bank: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <extracomment>Status bar: %1 person&apos;s name, %2 user id</extracomment>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Ledger height: %1</source>
        <extracomment>Status bar: %1 is a list like &quot;trust 3 · lc 12&quot;</extracomment>
        <translation>Ledger height: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Synchronized</source>
        <extracomment>Sync state: following new blocks as they are committed</extracomment>
        <translation>Synchronized</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Sync error</translation>
    </message>
    <message>
        <source>Sync state: %1</source>
        <translation>Sync state: %1</translation>
    </message>
</context>
<context>
    <name>lx::ui::SignInDialog</name>
    <message>
        <source>Identities</source>
        <translation>Identities</translation>
    </message>
    <message>
        <source>Enter the wallet passphrase.</source>
        <translation>Enter the wallet passphrase.</translation>
    </message>
    <message>
        <source>Choose an identity to sign in as.</source>
        <translation>Choose an identity to sign in as.</translation>
    </message>
    <message>
        <source>The wallet has no identity %1. Choose one from the list.</source>
        <translation>The wallet has no identity %1. Choose one from the list.</translation>
    </message>
    <message>
        <source>The wallet cannot be read: %1</source>
        <translation>The wallet cannot be read: %1</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Try again.</source>
        <translation>The passphrase is wrong. Try again.</translation>
    </message>
    <message>
        <source>This identity is not in the wallet.</source>
        <translation>This identity is not in the wallet.</translation>
    </message>
    <message>
        <source>The wallet file is damaged and cannot be unlocked.</source>
        <translation>The wallet file is damaged and cannot be unlocked.</translation>
    </message>
    <message>
        <source>The consortium ledger cannot be opened: %1</source>
        <translation>The consortium ledger cannot be opened: %1</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Signing in failed: %1</translation>
    </message>
</context>
</TS>
