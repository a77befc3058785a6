<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BankIdentity</name>
    <message>
        <source>Officer</source>
        <extracomment>Role of a maker at a trade-finance desk (zh: 经办)</extracomment>
        <translation>经办</translation>
    </message>
    <message>
        <source>Checker</source>
        <extracomment>Four-eyes role that approves a maker&apos;s draft (zh: 复核)</extracomment>
        <translation>复核</translation>
    </message>
    <message>
        <source>Manager</source>
        <extracomment>Desk or department manager (zh: 主管)</extracomment>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>The organization&apos;s administrator (zh: 管理员)</extracomment>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <extracomment>Regulator&apos;s read-only role (zh: 审计)</extracomment>
        <translation>审计</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>LianXin, the trade-finance workstation for banks in a consortium ledger.

On first run, when the data folder holds no consortium, LianXin creates a sandbox consortium there and asks for a new wallet passphrase (at least 8 characters).

Scripted runs: the environment variable LIANXIN_PASSPHRASE, or --passphrase-file, gives the passphrase. The sandbox is then created without asking, and together with --as LianXin signs in without asking. --passphrase-file wins over LIANXIN_PASSPHRASE.</source>
        <translation>联信：面向联盟链成员银行的贸易融资工作站。

首次运行时，如果数据文件夹中还没有联盟，联信会在其中创建一个沙箱联盟，并要求设置新的钱包口令（至少 8 个字符）。

脚本运行：由环境变量 LIANXIN_PASSPHRASE 或 --passphrase-file 提供口令。此时直接创建沙箱而不再询问；如同时指定 --as，联信直接登录而不再询问。--passphrase-file 优先于 LIANXIN_PASSPHRASE。</translation>
    </message>
    <message>
        <source>Data folder of the workstation (default: %1).</source>
        <translation>工作站的数据文件夹（默认：%1）。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en (default: zh_CN when the system locale is Chinese, else en).</source>
        <translation>界面语言：zh_CN 或 en（默认：系统区域设置为中文时用 zh_CN，否则用 en）。</translation>
    </message>
    <message>
        <source>Read the wallet passphrase from the first line of FILE (scripted sign-in, screenshots).</source>
        <translation>从 FILE 的第一行读取钱包口令（用于脚本登录和截图）。</translation>
    </message>
    <message>
        <source>Preselect the identity MSPID/USER, e.g. HuaxiaBankMSP/officer1.</source>
        <translation>预先选定身份 MSPID/USER，例如 HuaxiaBankMSP/officer1。</translation>
    </message>
    <message>
        <source>Write PNGs of the sign-in dialog and the main window, in English and Chinese, to DIR, then quit. Needs the passphrase as for scripted runs.</source>
        <translation>将登录对话框和主窗口的英文、中文截图（PNG）写入 DIR，然后退出。需要像脚本运行一样提供口令。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <source>--screenshot needs the passphrase: set LIANXIN_PASSPHRASE or use --passphrase-file.</source>
        <translation>--screenshot 需要口令：请设置 LIANXIN_PASSPHRASE 或使用 --passphrase-file。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome — LianXin</source>
        <translation>欢迎 — 联信</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>首次运行</translation>
    </message>
    <message>
        <source>Create the sandbox consortium</source>
        <translation>创建沙箱联盟</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>新口令(&amp;P)：</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>确认口令(&amp;R)：</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>确认口令</translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation>口令问题</translation>
    </message>
    <message>
        <source>Creating the sandbox consortium: keys, certificates, wallet and channels…</source>
        <translation>正在创建沙箱联盟：密钥、证书、钱包和通道……</translation>
    </message>
    <message>
        <source>Creating the sandbox consortium</source>
        <translation>正在创建沙箱联盟</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>Ledger height per channel</source>
        <translation>各通道账本高度</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page arrives in a later release of LianXin.</source>
        <translation>此页面将在联信的后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>SectionText</name>
    <message>
        <source>Worklist</source>
        <extracomment>Navigation: the user&apos;s tasks (zh: 工作清单)</extracomment>
        <translation>工作清单</translation>
    </message>
    <message>
        <source>Letters of Credit</source>
        <extracomment>Navigation: domestic letters of credit (zh: 信用证)</extracomment>
        <translation>信用证</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>Navigation: maker-checker approvals (zh: 审批)</extracomment>
        <translation>审批</translation>
    </message>
    <message>
        <source>Ledger</source>
        <extracomment>Navigation: the consortium ledger&apos;s channels and blocks (zh: 账本)</extracomment>
        <translation>账本</translation>
    </message>
    <message>
        <source>Forfaiting</source>
        <extracomment>Navigation (zh: 福费廷)</extracomment>
        <translation>福费廷</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <extracomment>Navigation: demand guarantees (zh: 保函)</extracomment>
        <translation>保函</translation>
    </message>
    <message>
        <source>Quotes</source>
        <extracomment>Navigation: the unified forfaiting quote board (zh: 报价)</extracomment>
        <translation>报价</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <extracomment>Navigation: management dashboards (zh: 仪表板)</extracomment>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Everything waiting for you: drafts to finish, presentations to examine, deadlines to meet.</source>
        <translation>等待您处理的一切：待完成的草稿、待审核的交单、临近的期限。</translation>
    </message>
    <message>
        <source>Domestic letters of credit: issuance, advising, amendments, presentations, acceptance and payment.</source>
        <translation>国内信用证：开证、通知、修改、交单、承兑和付款。</translation>
    </message>
    <message>
        <source>Drafts your bank&apos;s makers submitted for a second pair of eyes before they leave the bank.</source>
        <translation>本行经办人员提交、发出本行之前需要复核的草稿。</translation>
    </message>
    <message>
        <source>The height of every channel of the consortium ledger, live.</source>
        <translation>联盟账本各通道的实时高度。</translation>
    </message>
    <message>
        <source>Inquiries, quotes, deals and claim-transfer notices on accepted letters of credit.</source>
        <translation>基于已承兑信用证的询价、报价、成交和债权转让通知。</translation>
    </message>
    <message>
        <source>Demand guarantees under URDG 758: issuance, amendments, demands and payment.</source>
        <translation>适用《见索即付保函统一规则》（758 号出版物）的保函：开立、修改、索赔和付款。</translation>
    </message>
    <message>
        <source>The unified quote board: forfaiting rates by tenor and obligor bank tier.</source>
        <translation>统一报价板：按期限和债务银行等级列示的福费廷利率。</translation>
    </message>
    <message>
        <source>Volumes, exposure by counterparty bank, maturity ladder and deadline compliance.</source>
        <translation>业务量、按交易对手银行的风险敞口、到期阶梯和期限合规情况。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — LianXin</source>
        <translation>登录 — 联信</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to the consortium</source>
        <translation>登录联盟</translation>
    </message>
    <message>
        <source>Choose your bank identity and enter the wallet passphrase.</source>
        <translation>请选择您的银行身份，并输入钱包口令。</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>身份(&amp;I)：</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Bank, person, user ID and role to sign in as</source>
        <translation>登录所用的银行、人员、用户标识和角色</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>登录问题</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>lx::models::IdentityListModel</name>
    <message>
        <source>%1 — %2 (%3), %4</source>
        <extracomment>Sign-in list entry: %1 bank, %2 person, %3 user id, %4 role</extracomment>
        <translation>%1 — %2（%3），%4</translation>
    </message>
</context>
<context>
    <name>lx::models::LedgerStatusModel</name>
    <message>
        <source>Channel</source>
        <extracomment>Fabric channel, one chain of the consortium (zh: 通道)</extracomment>
        <translation>通道</translation>
    </message>
    <message>
        <source>Height</source>
        <extracomment>Number of blocks in a channel&apos;s chain</extracomment>
        <translation>高度</translation>
    </message>
    <message>
        <source>Last block hash</source>
        <translation>最新区块哈希</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>lx::models::Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多两位小数（到分）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use digits, the decimal point and up to two decimals.</source>
        <translation>“%1”不是有效金额：请使用数字、小数点，最多两位小数。</translation>
    </message>
</context>
<context>
    <name>lx::ui::FirstRunDialog</name>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>口令太短：请至少使用 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>两次输入的口令不一致，请输入两次相同的口令。</translation>
    </message>
    <message>
        <source>The sandbox consortium could not be created: %1</source>
        <translation>无法创建沙箱联盟：%1</translation>
    </message>
    <message>
        <source>This computer has no consortium yet. LianXin creates a sandbox consortium of fictional banks, the regulator and the secretariat in %1. Choose a passphrase of at least %2 characters: it protects the private keys of every sandbox user.</source>
        <translation>这台计算机上还没有联盟。联信将在 %1 中创建一个沙箱联盟，包括若干虚构的银行、监管机构和联盟秘书处。请设置至少 %2 个字符的口令：它保护每个沙箱用户的私钥。</translation>
    </message>
</context>
<context>
    <name>lx::ui::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Switch identity…</source>
        <translation>切换身份(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign in as another identity of this wallet</source>
        <translation>以本钱包中的另一个身份登录</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LianXin</source>
        <translation>关于联信(&amp;A)</translation>
    </message>
    <message>
        <source>LianXin</source>
        <extracomment>The application&apos;s name (zh: 联信)</extracomment>
        <translation>联信</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About LianXin</source>
        <translation>关于联信</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LianXin %1&lt;/h3&gt;&lt;p&gt;The trade-finance workstation for banks in a consortium ledger: domestic letters of credit, forfaiting and guarantees.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;联信 %1&lt;/h3&gt;&lt;p&gt;面向联盟链成员银行的贸易融资工作站：国内信用证、福费廷和保函。&lt;/p&gt;&lt;p&gt;数据文件夹：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>银行：%1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <extracomment>Status bar: %1 person&apos;s name, %2 user id</extracomment>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Ledger height: %1</source>
        <extracomment>Status bar: %1 is a list like &quot;trust 3 · lc 12&quot;</extracomment>
        <translation>账本高度：%1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Synchronized</source>
        <extracomment>Sync state: following new blocks as they are committed</extracomment>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>同步出错</translation>
    </message>
    <message>
        <source>Sync state: %1</source>
        <translation>同步状态：%1</translation>
    </message>
</context>
<context>
    <name>lx::ui::SignInDialog</name>
    <message>
        <source>Identities</source>
        <translation>身份列表</translation>
    </message>
    <message>
        <source>Enter the wallet passphrase.</source>
        <translation>请输入钱包口令。</translation>
    </message>
    <message>
        <source>Choose an identity to sign in as.</source>
        <translation>请选择登录身份。</translation>
    </message>
    <message>
        <source>The wallet has no identity %1. Choose one from the list.</source>
        <translation>钱包中没有身份 %1，请从列表中选择。</translation>
    </message>
    <message>
        <source>The wallet cannot be read: %1</source>
        <translation>无法读取钱包：%1</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Try again.</source>
        <translation>口令错误，请重试。</translation>
    </message>
    <message>
        <source>This identity is not in the wallet.</source>
        <translation>钱包中没有此身份。</translation>
    </message>
    <message>
        <source>The wallet file is damaged and cannot be unlocked.</source>
        <translation>钱包文件已损坏，无法解锁。</translation>
    </message>
    <message>
        <source>The consortium ledger cannot be opened: %1</source>
        <translation>无法打开联盟账本：%1</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
</context>
</TS>
