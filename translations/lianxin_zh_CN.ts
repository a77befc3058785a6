<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LianXin</source>
        <translation>关于联信</translation>
    </message>
    <message>
        <source>The trade-finance workstation for banks in a consortium ledger: domestic letters of credit, forfaiting and bank guarantees.</source>
        <translation>联盟链成员银行的贸易金融工作台：国内信用证、福费廷与银行保函。</translation>
    </message>
    <message>
        <source>Ledger:</source>
        <translation>账本：</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>所用组件：</translation>
    </message>
    <message>
        <source>Libraries, versions and licences</source>
        <translation>组件库、版本与许可证</translation>
    </message>
    <message>
        <source>About buttons</source>
        <translation>关于对话框按钮</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Approvals summary</source>
        <translation>审批摘要</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>What the draft changes</source>
        <translation>草稿带来的变化</translation>
    </message>
    <message>
        <source>Terms now and as drafted</source>
        <translation>现行条款与草稿条款</translation>
    </message>
    <message>
        <source>Comment to the maker (needed to return the draft)</source>
        <translation>给经办人的意见（退回草稿时必填）</translation>
    </message>
    <message>
        <source>Comment to the maker</source>
        <translation>给经办人的意见</translation>
    </message>
    <message>
        <source>Approval message</source>
        <translation>审批提示</translation>
    </message>
    <message>
        <source>Return to maker</source>
        <translation>退回经办</translation>
    </message>
    <message>
        <source>Return the draft to its maker</source>
        <translation>将草稿退回经办人</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approve the draft</source>
        <translation>批准草稿</translation>
    </message>
    <message>
        <source>The record as it stands</source>
        <translation>记录当前状况</translation>
    </message>
    <message>
        <source>The record&apos;s terms now</source>
        <translation>记录当前条款</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>上次导出的结果</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出为表格…</translation>
    </message>
    <message>
        <source>Export the drafts awaiting approval to a CSV file</source>
        <translation>将待审批的草稿导出为逗号分隔值（电子表格）文件</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出为文档…</translation>
    </message>
    <message>
        <source>Export the drafts awaiting approval to a PDF file</source>
        <translation>将待审批的草稿导出为便携式文档文件</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>The regulator&apos;s flags on deals (a bank sees those on its own deals):</source>
        <translation>监管机构对交易的标记（银行只能看到其自身交易上的标记）：</translation>
    </message>
    <message>
        <source>The regulator&apos;s flags on deals</source>
        <translation>监管机构对交易的标记</translation>
    </message>
    <message>
        <source>Flag a deal</source>
        <translation>标记交易</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Product of the deal to flag</source>
        <translation>待标记交易的产品</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>交易(&amp;D)：</translation>
    </message>
    <message>
        <source>Number of the deal to flag</source>
        <translation>待标记交易的编号</translation>
    </message>
    <message>
        <source>L/C number, guarantee number or deal ID</source>
        <translation>信用证号、保函编号或交易编号</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>The regulator&apos;s note for the banks party to the deal</source>
        <translation>监管机构给交易相关银行的说明</translation>
    </message>
    <message>
        <source>F&amp;lag</source>
        <translation>标记(&amp;L)</translation>
    </message>
    <message>
        <source>Flag the deal</source>
        <translation>标记该交易</translation>
    </message>
    <message>
        <source>Audit package</source>
        <translation>审计包</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>通道(&amp;H)：</translation>
    </message>
    <message>
        <source>Channel of the audit package</source>
        <translation>审计包的通道</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>First day of the audit package (China time)</source>
        <translation>审计包的首日（北京时间）</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
    <message>
        <source>Last day of the audit package (China time)</source>
        <translation>审计包的末日（北京时间）</translation>
    </message>
    <message>
        <source>E&amp;xport package…</source>
        <translation>导出审计包(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the signed audit package to a file</source>
        <translation>将已签名的审计包导出到文件</translation>
    </message>
    <message>
        <source>Result of the regulator&apos;s last action</source>
        <translation>监管机构上一操作的结果</translation>
    </message>
</context>
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
    <name>BuildInfo</name>
    <message>
        <source>the embedded sandbox consortium in %1</source>
        <translation>本机内嵌的沙箱联盟（%1）</translation>
    </message>
    <message>
        <source>the Hyperledger Fabric network %1, through peer %2 (%3)</source>
        <translation>Hyperledger Fabric 网络 %1，经由节点 %2（%3）</translation>
    </message>
    <message>
        <source>LianXin is licensed to the member banks, the secretariat and the regulator of the consortium under their membership agreement; all other rights reserved. The libraries below keep their own licences; their texts are installed with each Debian package under /usr/share/doc.</source>
        <translation>联信依据成员协议许可联盟的成员银行、秘书处和监管机构使用，保留其他一切权利。下列组件库各自适用其许可证，许可证全文随各 Debian 软件包安装在 /usr/share/doc 下。</translation>
    </message>
</context>
<context>
    <name>ChannelConfigPanel</name>
    <message>
        <source>Channel configuration</source>
        <translation>通道配置</translation>
    </message>
    <message>
        <source>What the channel configuration is for</source>
        <translation>通道配置的用途</translation>
    </message>
    <message>
        <source>Configuration update of each channel</source>
        <translation>各通道的配置更新</translation>
    </message>
    <message>
        <source>Where the configuration stands</source>
        <translation>配置进展</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Prepare the configuration updates</source>
        <translation>准备配置更新</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>签署…</translation>
    </message>
    <message>
        <source>Sign the configuration updates</source>
        <translation>签署配置更新</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Submit the signed configuration updates</source>
        <translation>提交已签署的配置更新</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Data folder of the workstation (default: %1).</source>
        <translation>工作站的数据文件夹（默认：%1）。</translation>
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
    <message>
        <source>LianXin, the trade-finance workstation for banks in a consortium ledger.

On first run, when the data folder holds no consortium, LianXin creates a sandbox consortium there and asks for a new wallet passphrase (at least 8 characters).

Scripted runs: the environment variable LIANXIN_PASSPHRASE, or --passphrase-file, gives the passphrase. The sandbox is then created without asking, and together with --as LianXin signs in without asking. --passphrase-file wins over LIANXIN_PASSPHRASE.

A Fabric network instead of the sandbox: --network PROFILE (the bank&apos;s connection profile, JSON or YAML) and optionally --peer NAME. The data folder remembers the network, so later starts without --network open it again; the first start there offers to join it with an identity from an msp folder.</source>
        <translation>联信：面向联盟链成员银行的贸易融资工作站。

首次运行时，如果数据文件夹中还没有联盟，联信会在其中创建一个沙箱联盟，并要求设置新的钱包口令（至少 8 个字符）。

脚本运行：由环境变量 LIANXIN_PASSPHRASE 或 --passphrase-file 提供口令。此时直接创建沙箱而不再询问；如同时指定 --as，联信直接登录而不再询问。--passphrase-file 优先于 LIANXIN_PASSPHRASE。

使用 Fabric 网络而非沙箱：--network PROFILE（本行的连接配置文件，JSON 或 YAML），可选 --peer NAME。数据文件夹会记住该网络，之后不带 --network 启动时仍打开它；在该文件夹首次启动时，可用 msp 文件夹中的身份加入该网络。</translation>
    </message>
    <message>
        <source>Open the Fabric network this connection profile (JSON or YAML) describes, and remember it in the data folder.</source>
        <translation>打开此连接配置文件（JSON 或 YAML）所描述的 Fabric 网络，并在数据文件夹中记住它。</translation>
    </message>
    <message>
        <source>With --network (or a remembered network): talk to this peer of the profile (default: the organization&apos;s first peer).</source>
        <translation>与 --network（或已记住的网络）一起使用：连接配置文件中的这个节点（默认：本组织的第一个节点）。</translation>
    </message>
    <message>
        <source>--peer needs --network PROFILE (the data folder remembers no network).</source>
        <translation>--peer 需要 --network PROFILE（数据文件夹中没有记住的网络）。</translation>
    </message>
    <message>
        <source>Cannot remember the network in %1.</source>
        <translation>无法在 %1 中记住该网络。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en (default: the language chosen in Settings, else zh_CN when the system locale is Chinese, else en).</source>
        <translation>界面语言：zh_CN 或 en（默认：设置中选择的语言；未选择时，系统区域为中文则用 zh_CN，否则用 en）。</translation>
    </message>
</context>
<context>
    <name>DashboardsPage</name>
    <message>
        <source>Dashboards</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>正在重新计算…</translation>
    </message>
    <message>
        <source>The dashboards are being recomputed</source>
        <translation>仪表板正在重新计算</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>上次导出的结果</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出为表格…</translation>
    </message>
    <message>
        <source>Export every chart&apos;s figures to a CSV file</source>
        <translation>将各图表的数据导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出为文档…</translation>
    </message>
    <message>
        <source>Export every chart with its figures to a PDF file</source>
        <translation>将各图表及其数据导出为 PDF 文件</translation>
    </message>
    <message>
        <source>Started between</source>
        <translation>起始日期介于</translation>
    </message>
    <message>
        <source>Only deals started in a date range</source>
        <translation>仅显示在日期范围内起始的交易</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>范围的第一天</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>范围的最后一天</translation>
    </message>
    <message>
        <source>Bank filter</source>
        <translation>银行筛选</translation>
    </message>
    <message>
        <source>Product filter</source>
        <translation>业务筛选</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Deals behind the figure</source>
        <translation>该数据对应的交易</translation>
    </message>
    <message>
        <source>Number of deals shown</source>
        <translation>显示的交易数</translation>
    </message>
    <message>
        <source>Deals behind the figure; double-click opens one</source>
        <translation>该数据对应的交易；双击打开</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>上次导出的结果</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出为表格…</translation>
    </message>
    <message>
        <source>Export these deals to a CSV file</source>
        <translation>将这些交易导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出为文档…</translation>
    </message>
    <message>
        <source>Export these deals to a PDF file</source>
        <translation>将这些交易导出为 PDF 文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the list of deals</source>
        <translation>关闭交易列表</translation>
    </message>
</context>
<context>
    <name>FfDealWindow</name>
    <message>
        <source>Forfaiting deal</source>
        <translation>福费廷交易</translation>
    </message>
    <message>
        <source>Deal and its state</source>
        <translation>交易及其状态</translation>
    </message>
    <message>
        <source>Deal terms</source>
        <translation>交易条款</translation>
    </message>
    <message>
        <source>Timeline from the ledger</source>
        <translation>账本上的时间线</translation>
    </message>
    <message>
        <source>Deal timeline</source>
        <translation>交易时间线</translation>
    </message>
    <message>
        <source>What this bank may do now</source>
        <translation>本行当前可执行的操作</translation>
    </message>
    <message>
        <source>Deal actions</source>
        <translation>交易操作</translation>
    </message>
    <message>
        <source>Deal messages</source>
        <translation>交易提示</translation>
    </message>
</context>
<context>
    <name>FfQuoteForm</name>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Quote form</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Listing quoted</source>
        <translation>报价所针对的挂牌</translation>
    </message>
    <message>
        <source>&amp;Rate (% p.a.)</source>
        <translation>年利率（%）(&amp;R)</translation>
    </message>
    <message>
        <source>Discount rate in percent per annum</source>
        <translation>年贴现率（%）</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>计息方式(&amp;M)</translation>
    </message>
    <message>
        <source>Pricing method</source>
        <translation>计息方式</translation>
    </message>
    <message>
        <source>&amp;Grace days</source>
        <translation>宽限天数(&amp;G)</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>宽限天数</translation>
    </message>
    <message>
        <source>&amp;Fees (CNY)</source>
        <translation>费用（人民币）(&amp;F)</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>&amp;Value date</source>
        <translation>起息日(&amp;V)</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>起息日</translation>
    </message>
    <message>
        <source>Valid &amp;until (China time)</source>
        <translation>有效期至（北京时间）(&amp;U)</translation>
    </message>
    <message>
        <source>Quote valid until</source>
        <translation>报价有效期至</translation>
    </message>
    <message>
        <source>Days (to maturity + grace)</source>
        <translation>计息天数（至到期日＋宽限期）</translation>
    </message>
    <message>
        <source>Days priced</source>
        <translation>计息天数</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>贴息</translation>
    </message>
    <message>
        <source>Discount amount</source>
        <translation>贴息金额</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Net amount the buyer pays</source>
        <translation>买方支付的净额</translation>
    </message>
    <message>
        <source>Why the quote cannot be sent</source>
        <translation>报价无法发送的原因</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close the quote form</source>
        <translation>关闭报价单</translation>
    </message>
    <message>
        <source>Send quote to checker</source>
        <translation>提交复核</translation>
    </message>
    <message>
        <source>Send the quote to a checker</source>
        <translation>将报价提交复核</translation>
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
    <message>
        <source>Load a demo book of letters of credit between the sandbox banks</source>
        <translation>载入沙箱银行之间的信用证演示业务</translation>
    </message>
    <message>
        <source>Load a demo book</source>
        <translation>载入演示业务</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>停止载入</translation>
    </message>
    <message>
        <source>Stop loading the demo book</source>
        <translation>停止载入演示业务</translation>
    </message>
</context>
<context>
    <name>ForfaitingPage</name>
    <message>
        <source>Forfaiting</source>
        <translation>福费廷</translation>
    </message>
    <message>
        <source>Forfaiting views</source>
        <translation>福费廷视图</translation>
    </message>
    <message>
        <source>Eligible claims</source>
        <translation>可转让债权</translation>
    </message>
    <message>
        <source>Accepted deferred-payment presentations of this bank, maturing after today and not yet listed.</source>
        <translation>本行已获承兑、尚未到期且尚未挂牌的远期交单。</translation>
    </message>
    <message>
        <source>List for sale</source>
        <translation>挂牌出售</translation>
    </message>
    <message>
        <source>List the claim for sale</source>
        <translation>挂牌出售该债权</translation>
    </message>
    <message>
        <source>Inquire</source>
        <translation>询价</translation>
    </message>
    <message>
        <source>Ask the market for indications</source>
        <translation>向市场询价</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Live listings of other banks. Select one and quote a price.</source>
        <translation>其他银行的有效挂牌。选择一项并报价。</translation>
    </message>
    <message>
        <source>Market listings</source>
        <translation>市场挂牌</translation>
    </message>
    <message>
        <source>Quote…</source>
        <translation>报价…</translation>
    </message>
    <message>
        <source>Quote on the listing</source>
        <translation>对该挂牌报价</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>我的挂牌</translation>
    </message>
    <message>
        <source>Our open listings; the quotes received on the selected one are compared below, the best net amount highlighted.</source>
        <translation>本行有效挂牌；下方比较所选挂牌收到的报价，净额最优者突出显示。</translation>
    </message>
    <message>
        <source>Quotes received</source>
        <translation>收到的报价</translation>
    </message>
    <message>
        <source>Accept quote</source>
        <translation>接受报价</translation>
    </message>
    <message>
        <source>Accept the selected quote</source>
        <translation>接受所选报价</translation>
    </message>
    <message>
        <source>Withdraw listing</source>
        <translation>撤回挂牌</translation>
    </message>
    <message>
        <source>Withdraw the selected listing</source>
        <translation>撤回所选挂牌</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Open deal…</source>
        <translation>打开交易…</translation>
    </message>
    <message>
        <source>Open the selected deal</source>
        <translation>打开所选交易</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>持有组合</translation>
    </message>
    <message>
        <source>Portfolio totals</source>
        <translation>持有组合合计</translation>
    </message>
    <message>
        <source>Forfaiting desk messages</source>
        <translation>福费廷业务提示</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>上次导出的结果</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出为表格…</translation>
    </message>
    <message>
        <source>Export the list of the current tab to a CSV file</source>
        <translation>将当前标签页的列表导出为逗号分隔值（电子表格）文件</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出为文档…</translation>
    </message>
    <message>
        <source>Export the list of the current tab to a PDF file</source>
        <translation>将当前标签页的列表导出为便携式文档文件</translation>
    </message>
</context>
<context>
    <name>GasPane</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Month of the Gas report</source>
        <translation>Gas 报告的月份</translation>
    </message>
    <message>
        <source>&amp;Recompute from the chain</source>
        <translation>按链上区块重算(&amp;R)</translation>
    </message>
    <message>
        <source>Recompute the month&apos;s Gas from the chain&apos;s blocks</source>
        <translation>按链上区块重新计算该月的 Gas</translation>
    </message>
    <message>
        <source>Reads the blocks the report names and checks every figure (docs/gas.md)</source>
        <translation>读取报告所列的区块并核对每个数字（docs/gas.md）</translation>
    </message>
    <message>
        <source>Result of the recomputation</source>
        <translation>重算结果</translation>
    </message>
    <message>
        <source>The month&apos;s report: weights, total, blocks counted</source>
        <translation>该月报告：权重、合计、所计区块</translation>
    </message>
    <message>
        <source>Gas of the month by member</source>
        <translation>各成员本月的 Gas</translation>
    </message>
    <message>
        <source>Gas balances of the members</source>
        <translation>各成员的 Gas 余额</translation>
    </message>
</context>
<context>
    <name>GovernanceConfirmDialog</name>
    <message>
        <source>What you are asked to confirm</source>
        <translation>请您确认的事项</translation>
    </message>
    <message>
        <source>What you sign</source>
        <translation>您签署的内容</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <source>Governance</source>
        <translation>治理</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>上次导出的结果</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出为表格…</translation>
    </message>
    <message>
        <source>Export the list shown to a CSV file</source>
        <translation>将当前显示的列表导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出为文档…</translation>
    </message>
    <message>
        <source>Export the list shown to a PDF file</source>
        <translation>将当前显示的列表导出为 PDF 文件</translation>
    </message>
    <message>
        <source>Governance summary</source>
        <translation>治理概况</translation>
    </message>
    <message>
        <source>Proposals and members</source>
        <translation>提案与成员</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Show proposals in this state</source>
        <translation>显示处于此状态的提案</translation>
    </message>
    <message>
        <source>The proposal chosen</source>
        <translation>所选提案</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Members of the consortium</source>
        <translation>联盟成员</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas 激励</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>监管</translation>
    </message>
</context>
<context>
    <name>GuaranteeActionForm</name>
    <message>
        <source>Action and guarantee</source>
        <translation>操作与保函</translation>
    </message>
    <message>
        <source>Increase amount by</source>
        <translation>金额增加</translation>
    </message>
    <message>
        <source>Increase of the amount</source>
        <translation>金额增加额</translation>
    </message>
    <message>
        <source>Decrease amount by</source>
        <translation>金额减少</translation>
    </message>
    <message>
        <source>Decrease of the amount</source>
        <translation>金额减少额</translation>
    </message>
    <message>
        <source>New expiry date</source>
        <translation>新失效日期</translation>
    </message>
    <message>
        <source>Change the expiry date</source>
        <translation>修改失效日期</translation>
    </message>
    <message>
        <source>New expiry event</source>
        <translation>新失效事件</translation>
    </message>
    <message>
        <source>Unchanged when empty</source>
        <translation>留空则不变</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Narrative of the amendment</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <source>Amount demanded</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <source>Statement of breach</source>
        <translation>违约声明</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s statement of breach</source>
        <translation>受益人违约声明</translation>
    </message>
    <message>
        <source>In what respect the applicant is in breach (URDG 758 art. 15)</source>
        <translation>申请人在哪些方面违约（URDG 758 第15条）</translation>
    </message>
    <message>
        <source>Extend or pay</source>
        <translation>展期或付款</translation>
    </message>
    <message>
        <source>Extend or pay: new expiry asked for</source>
        <translation>展期或付款：要求的新失效日</translation>
    </message>
    <message>
        <source>Requested expiry</source>
        <translation>要求的失效日</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>索赔</translation>
    </message>
    <message>
        <source>Demand to examine</source>
        <translation>待审核的索赔</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>审核结论</translation>
    </message>
    <message>
        <source>Complying</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Reject (one notice)</source>
        <translation>拒绝（一次性通知）</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>不符点</translation>
    </message>
    <message>
        <source>Discrepancies, one per line</source>
        <translation>不符点，每行一项</translation>
    </message>
    <message>
        <source>Every discrepancy, one per line: CODE: description</source>
        <translation>列出全部不符点，每行一项：代码: 说明</translation>
    </message>
    <message>
        <source>Demand whose payment is suspended</source>
        <translation>暂停付款的索赔</translation>
    </message>
    <message>
        <source>Suspend until</source>
        <translation>暂停至</translation>
    </message>
    <message>
        <source>Suspend payment until</source>
        <translation>暂停付款至</translation>
    </message>
    <message>
        <source>Extend-or-pay demand</source>
        <translation>展期或付款索赔</translation>
    </message>
    <message>
        <source>Extend to</source>
        <translation>展期至</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>减额</translation>
    </message>
    <message>
        <source>Reduction clause or consent</source>
        <translation>减额条款或同意书</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amount reduced by consent</source>
        <translation>经同意减少的金额</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s consent</source>
        <translation>受益人同意书</translation>
    </message>
    <message>
        <source>Reference of the beneficiary&apos;s consent</source>
        <translation>受益人同意书编号</translation>
    </message>
    <message>
        <source>Release letter</source>
        <translation>解除函</translation>
    </message>
    <message>
        <source>Reference of the beneficiary&apos;s release letter</source>
        <translation>受益人解除函编号</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Court ordering the stop-payment</source>
        <translation>作出止付裁定的法院</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>裁定书编号</translation>
    </message>
    <message>
        <source>Number of the stop-payment order</source>
        <translation>止付裁定书编号</translation>
    </message>
    <message>
        <source>Lifting order</source>
        <translation>解除裁定</translation>
    </message>
    <message>
        <source>Number of the court&apos;s lifting order</source>
        <translation>法院解除止付裁定书编号</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>需更正之处</translation>
    </message>
    <message>
        <source>Close without drafting</source>
        <translation>关闭，不起草</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Submit the draft for approval</source>
        <translation>提交草稿待复核</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交复核</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Date the demand was received</source>
        <translation>索赔收到日期</translation>
    </message>
    <message>
        <source>The day your bank received the demand; it counts for expiry and the examination period. The checker must approve within 3 business days of it.</source>
        <translation>本行收到索赔的日期；有效期和审核期均按该日计算。复核员须在该日起3个营业日内批准。</translation>
    </message>
</context>
<context>
    <name>GuaranteeIssueForm</name>
    <message>
        <source>Issue a demand guarantee (URDG 758)</source>
        <translation>开立见索即付保函（URDG 758）</translation>
    </message>
    <message>
        <source>Guarantee number</source>
        <translation>保函编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Type of guarantee</source>
        <translation>保函种类</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>失效方式</translation>
    </message>
    <message>
        <source>How the guarantee expires</source>
        <translation>保函如何失效</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <source>Expiry event</source>
        <translation>失效事件</translation>
    </message>
    <message>
        <source>Event on which the guarantee expires</source>
        <translation>保函失效的事件</translation>
    </message>
    <message>
        <source>e.g. the taking-over certificate of the works</source>
        <translation>例如工程接收证书</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>申请人名称</translation>
    </message>
    <message>
        <source>Applicant&apos;s USCC</source>
        <translation>申请人统一社会信用代码</translation>
    </message>
    <message>
        <source>Applicant&apos;s unified social credit code</source>
        <translation>申请人统一社会信用代码</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位字符</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s name</source>
        <translation>受益人名称</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s USCC</source>
        <translation>受益人统一社会信用代码</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s unified social credit code</source>
        <translation>受益人统一社会信用代码</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>通知行</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（人民币）</translation>
    </message>
    <message>
        <source>Guarantee amount</source>
        <translation>保函金额</translation>
    </message>
    <message>
        <source>e.g. 1,000,000.00</source>
        <translation>例如 1,000,000.00</translation>
    </message>
    <message>
        <source>Underlying contract</source>
        <translation>基础合同</translation>
    </message>
    <message>
        <source>Reference of the underlying contract</source>
        <translation>基础合同编号</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>合同日期</translation>
    </message>
    <message>
        <source>Date of the underlying contract</source>
        <translation>基础合同日期</translation>
    </message>
    <message>
        <source>Contract description</source>
        <translation>合同说明</translation>
    </message>
    <message>
        <source>Description of the underlying contract</source>
        <translation>基础合同说明</translation>
    </message>
    <message>
        <source>Reduction schedule</source>
        <translation>减额安排</translation>
    </message>
    <message>
        <source>Reduction schedule: date and amount of each clause</source>
        <translation>减额安排：各条款的日期与金额</translation>
    </message>
    <message>
        <source>Date (yyyy-mm-dd)</source>
        <translation>日期（年-月-日）</translation>
    </message>
    <message>
        <source>Reduced by (CNY)</source>
        <translation>减少金额（人民币）</translation>
    </message>
    <message>
        <source>Add clause</source>
        <translation>添加条款</translation>
    </message>
    <message>
        <source>Add a reduction clause</source>
        <translation>添加减额条款</translation>
    </message>
    <message>
        <source>Remove clause</source>
        <translation>删除条款</translation>
    </message>
    <message>
        <source>Remove the selected reduction clause</source>
        <translation>删除所选减额条款</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Terms of the guarantee</source>
        <translation>保函条款</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>需更正之处</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Submit the guarantee for approval</source>
        <translation>提交保函待复核</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交复核</translation>
    </message>
</context>
<context>
    <name>GuaranteeListPage</name>
    <message>
        <source>Guarantees</source>
        <translation>保函</translation>
    </message>
    <message>
        <source>New guarantee…</source>
        <translation>新建保函…</translation>
    </message>
    <message>
        <source>Draft a new guarantee</source>
        <translation>起草新保函</translation>
    </message>
    <message>
        <source>Number of matching guarantees</source>
        <translation>符合条件的保函笔数</translation>
    </message>
    <message>
        <source>Search number, applicant, beneficiary, underlying contract</source>
        <translation>搜索编号、申请人、受益人、基础合同</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>按种类筛选</translation>
    </message>
    <message>
        <source>Counterparty bank filter</source>
        <translation>按交易对手银行筛选</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>清除全部筛选条件</translation>
    </message>
    <message>
        <source>Guarantees of the bank</source>
        <translation>本行保函</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>上次导出的结果</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出为表格…</translation>
    </message>
    <message>
        <source>Export the listed guarantees to a CSV file</source>
        <translation>将列出的保函导出为逗号分隔值（电子表格）文件</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出为文档…</translation>
    </message>
    <message>
        <source>Export the listed guarantees to a PDF file</source>
        <translation>将列出的保函导出为便携式文档（可打印）</translation>
    </message>
</context>
<context>
    <name>GuaranteeWindow</name>
    <message>
        <source>Guarantee and its state</source>
        <translation>保函及其状态</translation>
    </message>
    <message>
        <source>Summary of the guarantee</source>
        <translation>保函摘要</translation>
    </message>
    <message>
        <source>Examination deadline of the open demand</source>
        <translation>未结索赔的审核期限</translation>
    </message>
    <message>
        <source>Parts of the guarantee</source>
        <translation>保函各部分</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Terms of the guarantee</source>
        <translation>保函条款</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Amendments of the guarantee</source>
        <translation>保函修改</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>索赔</translation>
    </message>
    <message>
        <source>Demands under the guarantee</source>
        <translation>保函项下索赔</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Ledger timeline of the guarantee</source>
        <translation>保函账本时间线</translation>
    </message>
    <message>
        <source>What happened to the last action</source>
        <translation>上一操作的结果</translation>
    </message>
    <message>
        <source>Print guarantee (PDF)…</source>
        <translation>打印保函（电子文档）…</translation>
    </message>
    <message>
        <source>Print this guarantee to a PDF file</source>
        <translation>将本保函打印为便携式文档</translation>
    </message>
</context>
<context>
    <name>LcActionForm</name>
    <message>
        <source>Action and L/C</source>
        <translation>操作及信用证</translation>
    </message>
    <message>
        <source>Increase amount by</source>
        <translation>增加金额</translation>
    </message>
    <message>
        <source>Increase of the amount</source>
        <translation>金额增加额</translation>
    </message>
    <message>
        <source>Decrease amount by</source>
        <translation>减少金额</translation>
    </message>
    <message>
        <source>Decrease of the amount</source>
        <translation>金额减少额</translation>
    </message>
    <message>
        <source>New expiry date</source>
        <translation>新有效期</translation>
    </message>
    <message>
        <source>Change the expiry date</source>
        <translation>修改有效期</translation>
    </message>
    <message>
        <source>New latest shipment date</source>
        <translation>新最迟装运日</translation>
    </message>
    <message>
        <source>Change the latest shipment date</source>
        <translation>修改最迟装运日</translation>
    </message>
    <message>
        <source>New goods description</source>
        <translation>新货物描述</translation>
    </message>
    <message>
        <source>Unchanged when empty</source>
        <translation>留空则不变</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>附言</translation>
    </message>
    <message>
        <source>Amount presented</source>
        <translation>交单金额</translation>
    </message>
    <message>
        <source>Shipment date</source>
        <translation>装运日</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>单据日期</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>单据类型</translation>
    </message>
    <message>
        <source>Type of the next document</source>
        <translation>下一份单据的类型</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Documents to present</source>
        <translation>拟提交的单据</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>附加单据</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>交单</translation>
    </message>
    <message>
        <source>Presentation to examine</source>
        <translation>待审核的交单</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>审单结论</translation>
    </message>
    <message>
        <source>Complying</source>
        <translation>单证相符</translation>
    </message>
    <message>
        <source>Discrepant</source>
        <translation>单证不符</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>不符点</translation>
    </message>
    <message>
        <source>Discrepancies, one per line</source>
        <translation>不符点，每行一条</translation>
    </message>
    <message>
        <source>One per line: CODE: description, e.g. LATE_SHIPMENT: shipped after the latest date</source>
        <translation>每行一条：代码: 说明，例如 迟装: 晚于最迟装运日装运</translation>
    </message>
    <message>
        <source>Presentation to refuse</source>
        <translation>拒付的交单</translation>
    </message>
    <message>
        <source>Hold the documents</source>
        <translation>留存单据</translation>
    </message>
    <message>
        <source>Hold at the presenter&apos;s disposal</source>
        <translation>留存单据听候交单人处理</translation>
    </message>
    <message>
        <source>Return the documents</source>
        <translation>退还单据</translation>
    </message>
    <message>
        <source>Return to the presenter</source>
        <translation>退还交单人</translation>
    </message>
    <message>
        <source>Presentation whose discrepancies are waived</source>
        <translation>接受其不符点的交单</translation>
    </message>
    <message>
        <source>Applicant&apos;s consent</source>
        <translation>申请人同意书</translation>
    </message>
    <message>
        <source>Reference of the applicant&apos;s consent</source>
        <translation>申请人同意书编号</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s consent</source>
        <translation>受益人同意书</translation>
    </message>
    <message>
        <source>Reference of the beneficiary&apos;s consent</source>
        <translation>受益人同意书编号</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>须更正的内容</translation>
    </message>
    <message>
        <source>Close without drafting</source>
        <translation>不起草并关闭</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Submit the draft for approval</source>
        <translation>提交草稿复核</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交复核</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Date the documents were received</source>
        <translation>单据收到日期</translation>
    </message>
    <message>
        <source>The day your bank received the documents; it counts for expiry, the presentation period and the examination deadline. The checker must approve within 3 business days of it.</source>
        <translation>本行收到单据的日期；有效期、交单期和审单期限均按该日计算。复核员须在该日起3个营业日内批准。</translation>
    </message>
    <message>
        <source>Documents presented under other L/Cs too</source>
        <translation>在其他信用证项下也提交过的单据</translation>
    </message>
    <message>
        <source>Your finding on them</source>
        <translation>对这些单据的审核意见</translation>
    </message>
    <message>
        <source>Your finding on the documents presented under other L/Cs</source>
        <translation>对在其他信用证项下也提交过的单据的审核意见</translation>
    </message>
    <message>
        <source>What you found, e.g. the other L/C&apos;s drawing was refused; the applicant confirms two shipments</source>
        <translation>写明您的核查结果，例如：另一信用证项下的支款已被拒付；申请人确认为两批货物</translation>
    </message>
</context>
<context>
    <name>LcDetailWindow</name>
    <message>
        <source>L/C number and state</source>
        <translation>信用证号及状态</translation>
    </message>
    <message>
        <source>L/C summary</source>
        <translation>信用证摘要</translation>
    </message>
    <message>
        <source>L/C details</source>
        <translation>信用证详情</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Terms of the L/C</source>
        <translation>信用证条款</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>交单</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Presented documents</source>
        <translation>已交单据</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Ledger transactions of the L/C</source>
        <translation>该信用证的账本交易</translation>
    </message>
    <message>
        <source>Action message</source>
        <translation>操作提示</translation>
    </message>
    <message>
        <source>Print advice (PDF)…</source>
        <translation>打印通知书（电子文档）…</translation>
    </message>
    <message>
        <source>Print the advice of this L/C to a PDF file</source>
        <translation>将本信用证的通知书打印为便携式文档</translation>
    </message>
</context>
<context>
    <name>LcIssueForm</name>
    <message>
        <source>Issue a domestic L/C</source>
        <translation>开立国内信用证</translation>
    </message>
    <message>
        <source>Domestic L/C issuance</source>
        <translation>国内信用证开证</translation>
    </message>
    <message>
        <source>L/C &amp;number:</source>
        <translation>信用证编号(&amp;N)：</translation>
    </message>
    <message>
        <source>L/C number</source>
        <translation>信用证编号</translation>
    </message>
    <message>
        <source>Issuing bank</source>
        <translation>开证行</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>开证日期</translation>
    </message>
    <message>
        <source>L/C terms</source>
        <translation>信用证条款</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>开证申请人</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>开证申请人名称</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>Applicant unified social credit code</source>
        <translation>开证申请人统一社会信用代码</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Applicant account number</source>
        <translation>开证申请人账号</translation>
    </message>
    <message>
        <source>Account bank:</source>
        <translation>开户行：</translation>
    </message>
    <message>
        <source>Applicant account bank</source>
        <translation>开证申请人开户行</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Applicant address</source>
        <translation>开证申请人地址</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>Beneficiary name</source>
        <translation>受益人名称</translation>
    </message>
    <message>
        <source>Beneficiary unified social credit code</source>
        <translation>受益人统一社会信用代码</translation>
    </message>
    <message>
        <source>Beneficiary account number</source>
        <translation>受益人账号</translation>
    </message>
    <message>
        <source>Beneficiary account bank</source>
        <translation>受益人开户行</translation>
    </message>
    <message>
        <source>Beneficiary address</source>
        <translation>受益人地址</translation>
    </message>
    <message>
        <source>Advising bank:</source>
        <translation>通知行：</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>通知行</translation>
    </message>
    <message>
        <source>Nominated bank:</source>
        <translation>指定银行：</translation>
    </message>
    <message>
        <source>Nominated bank</source>
        <translation>指定银行</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Amount in figures</source>
        <translation>金额小写</translation>
    </message>
    <message>
        <source>Amount in words:</source>
        <translation>金额大写：</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>金额大写</translation>
    </message>
    <message>
        <source>Tolerance, more (%):</source>
        <translation>溢装比例（%）：</translation>
    </message>
    <message>
        <source>Tolerance, more, in percent</source>
        <translation>溢装比例（百分比）</translation>
    </message>
    <message>
        <source>Tolerance, less (%):</source>
        <translation>短装比例（%）：</translation>
    </message>
    <message>
        <source>Tolerance, less, in percent</source>
        <translation>短装比例（百分比）</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Expiry date:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Place of expiry:</source>
        <translation>到期地点：</translation>
    </message>
    <message>
        <source>Place of expiry</source>
        <translation>到期地点</translation>
    </message>
    <message>
        <source>State a latest shipment date (otherwise the expiry date)</source>
        <translation>规定最迟装运日（不规定则为有效期）</translation>
    </message>
    <message>
        <source>State a latest shipment date</source>
        <translation>规定最迟装运日</translation>
    </message>
    <message>
        <source>Latest shipment date:</source>
        <translation>最迟装运日：</translation>
    </message>
    <message>
        <source>Latest shipment date</source>
        <translation>最迟装运日</translation>
    </message>
    <message>
        <source>Presentation period:</source>
        <translation>交单期：</translation>
    </message>
    <message>
        <source>Presentation period in days after shipment</source>
        <translation>交单期（装运日后天数）</translation>
    </message>
    <message>
        <source>21 days (default)</source>
        <translation>21天（默认）</translation>
    </message>
    <message>
        <source> days after shipment</source>
        <translation>天（装运日后）</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Payment term:</source>
        <translation>付款期限：</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>At sight</source>
        <translation>即期付款</translation>
    </message>
    <message>
        <source>Deferred payment</source>
        <translation>远期付款</translation>
    </message>
    <message>
        <source>Maturity:</source>
        <translation>到期日计算：</translation>
    </message>
    <message>
        <source>Maturity basis</source>
        <translation>到期日起算基准</translation>
    </message>
    <message>
        <source>Days after the document date</source>
        <translation>单据日后若干天</translation>
    </message>
    <message>
        <source>Days after the shipment date</source>
        <translation>装运日后若干天</translation>
    </message>
    <message>
        <source>Days after sight</source>
        <translation>见单后若干天</translation>
    </message>
    <message>
        <source>On a fixed date</source>
        <translation>固定日期</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>天数：</translation>
    </message>
    <message>
        <source>Days to maturity</source>
        <translation>付款期限天数</translation>
    </message>
    <message>
        <source>Maturity date:</source>
        <translation>到期日：</translation>
    </message>
    <message>
        <source>Fixed maturity date</source>
        <translation>固定到期日</translation>
    </message>
    <message>
        <source>Charges borne by:</source>
        <translation>费用承担：</translation>
    </message>
    <message>
        <source>Charges borne by</source>
        <translation>费用承担方</translation>
    </message>
    <message>
        <source>The applicant</source>
        <translation>开证申请人</translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>Shared: issuing bank&apos;s charges by the applicant, others by the beneficiary</source>
        <translation>分担：开证行费用由开证申请人承担，其他费用由受益人承担</translation>
    </message>
    <message>
        <source>Charges details:</source>
        <translation>费用说明：</translation>
    </message>
    <message>
        <source>Charges details</source>
        <translation>费用说明</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>装运</translation>
    </message>
    <message>
        <source>Goods or services:</source>
        <translation>货物或服务：</translation>
    </message>
    <message>
        <source>Goods or services</source>
        <translation>货物或服务</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Description of goods or services:</source>
        <translation>货物/服务描述：</translation>
    </message>
    <message>
        <source>Description of goods or services</source>
        <translation>货物/服务描述</translation>
    </message>
    <message>
        <source>Shipment from:</source>
        <translation>装运地：</translation>
    </message>
    <message>
        <source>Shipment from</source>
        <translation>装运地</translation>
    </message>
    <message>
        <source>Shipment to:</source>
        <translation>目的地：</translation>
    </message>
    <message>
        <source>Shipment to</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Partial shipments allowed</source>
        <translation>允许分批装运</translation>
    </message>
    <message>
        <source>Transhipment allowed</source>
        <translation>允许转运</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>单据要求</translation>
    </message>
    <message>
        <source>Additional conditions:</source>
        <translation>附加条款：</translation>
    </message>
    <message>
        <source>Additional conditions</source>
        <translation>附加条款</translation>
    </message>
    <message>
        <source>To correct before submitting:</source>
        <translation>提交前须更正：</translation>
    </message>
    <message>
        <source>Terms to correct</source>
        <translation>须更正的条款</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交复核</translation>
    </message>
</context>
<context>
    <name>LcListPage</name>
    <message>
        <source>Letters of credit</source>
        <translation>信用证</translation>
    </message>
    <message>
        <source>Number of matching L/Cs</source>
        <translation>符合条件的信用证笔数</translation>
    </message>
    <message>
        <source>Search L/C no., applicant, beneficiary, goods</source>
        <translation>搜索信用证号、申请人、受益人、货物</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Counterparty bank filter</source>
        <translation>按交易对手银行筛选</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开证日期</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>开证日期起</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>开证日期止</translation>
    </message>
    <message>
        <source>Min amount</source>
        <translation>最低金额</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>最低金额</translation>
    </message>
    <message>
        <source>Max amount</source>
        <translation>最高金额</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>最高金额</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>筛选条件错误</translation>
    </message>
    <message>
        <source>New L/C…</source>
        <translation>新开信用证…</translation>
    </message>
    <message>
        <source>Draft a new letter of credit</source>
        <translation>起草新的信用证</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>上次导出的结果</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出为表格…</translation>
    </message>
    <message>
        <source>Export the listed L/Cs to a CSV file</source>
        <translation>将列出的信用证导出为逗号分隔值（电子表格）文件</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出为文档…</translation>
    </message>
    <message>
        <source>Export the listed L/Cs to a PDF file</source>
        <translation>将列出的信用证导出为便携式文档（可打印）</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>Channels and their ledger height</source>
        <translation>各通道及其账本高度</translation>
    </message>
    <message>
        <source>Blocks of the selected channel, newest first</source>
        <translation>所选通道的区块（最新在前）</translation>
    </message>
    <message>
        <source>Filter the transactions of the block</source>
        <translation>筛选该区块的交易</translation>
    </message>
    <message>
        <source>Filter transactions</source>
        <translation>筛选交易</translation>
    </message>
    <message>
        <source>Transactions of the selected block</source>
        <translation>所选区块的交易</translation>
    </message>
    <message>
        <source>Decoded transaction: read-write set, arguments and response</source>
        <translation>解码后的交易：读写集、参数和响应</translation>
    </message>
    <message>
        <source>Verify the chain of the selected channel</source>
        <translation>校验所选通道的链</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>链校验</translation>
    </message>
    <message>
        <source>Chain verification progress</source>
        <translation>链校验进度</translation>
    </message>
    <message>
        <source>Cancel the chain verification</source>
        <translation>取消链校验</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Chain verification result</source>
        <translation>链校验结果</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>上次导出的结果</translation>
    </message>
    <message>
        <source>Export blocks CSV…</source>
        <translation>导出区块为表格…</translation>
    </message>
    <message>
        <source>Export the blocks of the selected channel to a CSV file</source>
        <translation>将所选通道的区块导出为逗号分隔值（电子表格）文件</translation>
    </message>
    <message>
        <source>Export blocks PDF…</source>
        <translation>导出区块为文档…</translation>
    </message>
    <message>
        <source>Export the blocks of the selected channel to a PDF file</source>
        <translation>将所选通道的区块导出为便携式文档文件</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出为表格…</translation>
    </message>
    <message>
        <source>Export the transactions of the selected block to a CSV file</source>
        <translation>将所选区块的交易导出为逗号分隔值（电子表格）文件</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出为文档…</translation>
    </message>
    <message>
        <source>Export the transactions of the selected block to a PDF file</source>
        <translation>将所选区块的交易导出为便携式文档文件</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — LianXin</source>
        <translation>已锁定 — 联信</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>工作台已锁定</translation>
    </message>
    <message>
        <source>LianXin is locked</source>
        <translation>联信已锁定</translation>
    </message>
    <message>
        <source>Your windows and unsaved work are kept. Enter the wallet passphrase to go on where you were.</source>
        <translation>您的窗口和未保存的内容均已保留。输入钱包口令即可从原处继续。</translation>
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
        <source>Unlock message</source>
        <translation>解锁提示</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Every action you take is signed and kept here before it goes to the ledger, and stays here with its outcome.</source>
        <translation>您的每项操作都会先签名并保存在这里，再提交账本，处理结果也会一直保留在这里。</translation>
    </message>
    <message>
        <source>Actions and where they stand</source>
        <translation>操作及其进度</translation>
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
    <name>ProposalDetailPane</name>
    <message>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>What the proposal decides</source>
        <translation>提案决定的事项</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>The member the proposal is about</source>
        <translation>提案所涉成员</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>变更：</translation>
    </message>
    <message>
        <source>The change the proposal makes</source>
        <translation>提案作出的变更</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Status and tally</source>
        <translation>状态与计票</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>提出：</translation>
    </message>
    <message>
        <source>Who proposed it and when</source>
        <translation>提出者及提出时间</translation>
    </message>
    <message>
        <source>Voting:</source>
        <translation>表决：</translation>
    </message>
    <message>
        <source>Voting period</source>
        <translation>表决期限</translation>
    </message>
    <message>
        <source>Electorate:</source>
        <translation>表决成员：</translation>
    </message>
    <message>
        <source>Council members who vote</source>
        <translation>参与表决的理事会成员</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Materials of the proposal</source>
        <translation>提案材料</translation>
    </message>
    <message>
        <source>Expert opinions</source>
        <translation>专家意见</translation>
    </message>
    <message>
        <source>Expert opinions on the proposal</source>
        <translation>关于提案的专家意见</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Votes cast on the proposal</source>
        <translation>提案的投票情况</translation>
    </message>
    <message>
        <source>Your bank&apos;s vote</source>
        <translation>本行表决</translation>
    </message>
    <message>
        <source>Why you cannot vote</source>
        <translation>不能表决的原因</translation>
    </message>
    <message>
        <source>Yes…</source>
        <translation>赞成…</translation>
    </message>
    <message>
        <source>Vote yes</source>
        <translation>投赞成票</translation>
    </message>
    <message>
        <source>No…</source>
        <translation>反对…</translation>
    </message>
    <message>
        <source>Vote no</source>
        <translation>投反对票</translation>
    </message>
    <message>
        <source>Abstain…</source>
        <translation>弃权…</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>Expert opinion</source>
        <translation>专家意见</translation>
    </message>
    <message>
        <source>Why you cannot give an opinion</source>
        <translation>不能提出意见的原因</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Opinion text</source>
        <translation>意见正文</translation>
    </message>
    <message>
        <source>The committee&apos;s opinion (at most 8,000 bytes)</source>
        <translation>委员会意见（最多 8,000 字节）</translation>
    </message>
    <message>
        <source>Record opinion…</source>
        <translation>记录意见…</translation>
    </message>
    <message>
        <source>Record the opinion</source>
        <translation>记录意见</translation>
    </message>
    <message>
        <source>Result of your last action</source>
        <translation>上一操作的结果</translation>
    </message>
</context>
<context>
    <name>QuoteBoardPage</name>
    <message>
        <source>Unified quote board</source>
        <translation>统一报价</translation>
    </message>
    <message>
        <source>Obligor tier</source>
        <translation>债务人等级</translation>
    </message>
    <message>
        <source>Filter by obligor tier</source>
        <translation>按债务人等级筛选</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Filter by tenor bucket</source>
        <translation>按期限区间筛选</translation>
    </message>
    <message>
        <source>Board summary</source>
        <translation>报价板摘要</translation>
    </message>
    <message>
        <source>Post a quote</source>
        <translation>发布报价</translation>
    </message>
    <message>
        <source>Post a quote…</source>
        <translation>发布报价…</translation>
    </message>
    <message>
        <source>Report a deal</source>
        <translation>报告成交</translation>
    </message>
    <message>
        <source>Report a deal…</source>
        <translation>报告成交…</translation>
    </message>
    <message>
        <source>Board: best rates and depth by tenor and obligor tier</source>
        <translation>报价板：按期限和债务人等级的最优利率及深度</translation>
    </message>
    <message>
        <source>Quote board</source>
        <translation>报价板</translation>
    </message>
    <message>
        <source>Quote board by tenor and obligor tier</source>
        <translation>按期限和债务人等级的报价板</translation>
    </message>
    <message>
        <source>Best bid by tenor, one line per obligor tier</source>
        <translation>按期限的最优买价（每个债务人等级一条曲线）</translation>
    </message>
    <message>
        <source>Rate by tenor curve</source>
        <translation>期限利率曲线图</translation>
    </message>
    <message>
        <source>Live quotes and recent deals</source>
        <translation>有效报价和近期成交</translation>
    </message>
    <message>
        <source>Live quotes</source>
        <translation>有效报价</translation>
    </message>
    <message>
        <source>Why the quote cannot be withdrawn</source>
        <translation>报价无法撤回的原因</translation>
    </message>
    <message>
        <source>Withdraw the selected quote</source>
        <translation>撤回所选报价</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Recent deals</source>
        <translation>近期成交</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>上次导出的结果</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出为表格…</translation>
    </message>
    <message>
        <source>Export the live quotes or recent deals shown to a CSV file</source>
        <translation>将显示的有效报价或近期成交导出为逗号分隔值（电子表格）文件</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出为文档…</translation>
    </message>
    <message>
        <source>Export the live quotes or recent deals shown to a PDF file</source>
        <translation>将显示的有效报价或近期成交导出为便携式文档文件</translation>
    </message>
</context>
<context>
    <name>QuoteDealForm</name>
    <message>
        <source>Report the price of a forfaiting deal your bank concluded, so the market sees where claims trade. A checker approves the report; a deal is reported once.</source>
        <translation>报告本行已达成的福费廷交易价格，让市场看到债权的成交水平。报告须经复核员批准；每笔交易只报告一次。</translation>
    </message>
    <message>
        <source>Forfaiting deal ID</source>
        <translation>福费廷交易编号</translation>
    </message>
    <message>
        <source>Obligor</source>
        <translation>债务人</translation>
    </message>
    <message>
        <source>Obligor tier or bank</source>
        <translation>债务人等级或银行</translation>
    </message>
    <message>
        <source>Tenor (days)</source>
        <translation>期限（天）</translation>
    </message>
    <message>
        <source>Tenor in days at the trade date</source>
        <translation>成交日的剩余期限天数</translation>
    </message>
    <message>
        <source>Rate (% p.a.)</source>
        <translation>利率（年%）</translation>
    </message>
    <message>
        <source>Discount rate in percent per annum</source>
        <translation>年贴现率（百分比）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>贴现方式</translation>
    </message>
    <message>
        <source>Discount method</source>
        <translation>贴现方式</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>票面金额</translation>
    </message>
    <message>
        <source>Face amount of the claim</source>
        <translation>债权票面金额</translation>
    </message>
    <message>
        <source>Trade date</source>
        <translation>成交日</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translation>交易对手银行</translation>
    </message>
    <message>
        <source>Counterparty bank (optional)</source>
        <translation>交易对手银行（可选）</translation>
    </message>
    <message>
        <source>Problems with the deal report</source>
        <translation>成交报告存在的问题</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Submit the deal report for approval</source>
        <translation>提交成交报告待复核</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交复核</translation>
    </message>
</context>
<context>
    <name>QuotePostForm</name>
    <message>
        <source>A quote leaves the bank only after a checker approves it. It stays on the board until its validity ends or the bank withdraws it.</source>
        <translation>报价须经复核员批准后才会发出。报价在有效期结束或本行撤回之前一直显示在报价板上。</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Obligor</source>
        <translation>债务人</translation>
    </message>
    <message>
        <source>Obligor tier or bank</source>
        <translation>债务人等级或银行</translation>
    </message>
    <message>
        <source>Tenor bucket</source>
        <translation>期限区间</translation>
    </message>
    <message>
        <source>Rate (% p.a.)</source>
        <translation>利率（年%）</translation>
    </message>
    <message>
        <source>Discount rate in percent per annum</source>
        <translation>年贴现率（百分比）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>贴现方式</translation>
    </message>
    <message>
        <source>Discount method</source>
        <translation>贴现方式</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>宽限天数</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Amount available</source>
        <translation>可交易金额</translation>
    </message>
    <message>
        <source>Amount available at this rate</source>
        <translation>按此利率可交易的金额</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Deal quote on one L/C</source>
        <translation>针对单笔信用证的交易报价</translation>
    </message>
    <message>
        <source>Deal quote on one L/C (optional)</source>
        <translation>针对单笔信用证的交易报价（可选）</translation>
    </message>
    <message>
        <source>L/C number</source>
        <translation>信用证号</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>票面金额</translation>
    </message>
    <message>
        <source>Face amount of the claim</source>
        <translation>债权票面金额</translation>
    </message>
    <message>
        <source>Maturity date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Problems with the quote</source>
        <translation>报价存在的问题</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Submit the quote for approval</source>
        <translation>提交报价待复核</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交复核</translation>
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
    <message>
        <source>Governance</source>
        <extracomment>Navigation: the consortium&apos;s council, its proposals and members (zh: 治理)</extracomment>
        <translation>治理</translation>
    </message>
    <message>
        <source>The council&apos;s proposals and votes, the expert committee&apos;s opinions, the members, and the channel configuration that lets an admitted bank in.</source>
        <translation>理事会的提案与表决、专家委员会的意见、联盟成员，以及让获准入盟的银行进入通道的配置。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — LianXin</source>
        <translation>设置 — 联信</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>日常工作</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>空闲锁定(&amp;A)：</translation>
    </message>
    <message>
        <source>Minutes without input before the workstation locks</source>
        <translation>无操作多少分钟后锁定工作台</translation>
    </message>
    <message>
        <source>&amp;Rows read at a time:</source>
        <translation>每次读取行数(&amp;R)：</translation>
    </message>
    <message>
        <source>Rows a list reads at a time</source>
        <translation>列表每次读取的行数</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>导出文件夹(&amp;E)：</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>选择导出文件夹</translation>
    </message>
    <message>
        <source>At the next start</source>
        <translation>下次启动时生效</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <source>Ledger: the embedded &amp;sandbox consortium on this machine</source>
        <translation>账本：本机内嵌的沙箱联盟(&amp;S)</translation>
    </message>
    <message>
        <source>Embedded sandbox consortium</source>
        <translation>内嵌沙箱联盟</translation>
    </message>
    <message>
        <source>Ledger: a Fabric &amp;network, by its connection profile</source>
        <translation>账本：通过连接配置文件接入的 Fabric 网络(&amp;N)</translation>
    </message>
    <message>
        <source>Fabric network</source>
        <translation>Fabric 网络</translation>
    </message>
    <message>
        <source>Connection &amp;profile:</source>
        <translation>连接配置文件(&amp;P)：</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>连接配置文件</translation>
    </message>
    <message>
        <source>Choose the connection profile</source>
        <translation>选择连接配置文件</translation>
    </message>
    <message>
        <source>P&amp;eer:</source>
        <translation>节点(&amp;E)：</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>LianXin opens this data folder and ledger the next time it starts; lianxin --data and --network still choose for one start.</source>
        <translation>联信下次启动时打开此数据文件夹和账本；启动时使用 lianxin --data 和 --network 仍可临时指定。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Settings buttons</source>
        <translation>设置对话框按钮</translation>
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
    <name>WorklistPage</name>
    <message>
        <source>Worklist</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <source>Worklist summary</source>
        <translation>待办事项摘要</translation>
    </message>
    <message>
        <source>Tasks waiting on you</source>
        <translation>等待您处理的任务</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>上次导出的结果</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出为表格…</translation>
    </message>
    <message>
        <source>Export the worklist to a CSV file</source>
        <translation>将工作清单导出为逗号分隔值（电子表格）文件</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出为文档…</translation>
    </message>
    <message>
        <source>Export the worklist to a PDF file</source>
        <translation>将工作清单导出为便携式文档文件</translation>
    </message>
</context>
<context>
    <name>lx::models::ApprovalsModel</name>
    <message>
        <source>Issue</source>
        <translation>开证</translation>
    </message>
    <message>
        <source>Advise</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Accept amendment</source>
        <translation>接受修改</translation>
    </message>
    <message>
        <source>Reject amendment</source>
        <translation>拒绝修改</translation>
    </message>
    <message>
        <source>Present documents</source>
        <translation>交单</translation>
    </message>
    <message>
        <source>Examine: complying</source>
        <translation>审单：相符</translation>
    </message>
    <message>
        <source>Examine: discrepant</source>
        <translation>审单：不符</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒付</translation>
    </message>
    <message>
        <source>Waive discrepancies</source>
        <translation>接受不符点</translation>
    </message>
    <message>
        <source>Accept (deferred payment)</source>
        <translation>承兑（远期付款）</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>闭卷</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Record expiry</source>
        <translation>登记过期</translation>
    </message>
    <message>
        <source>Other action</source>
        <translation>其他操作</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>已被 %1 退回：%2</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tier %2, %3</source>
        <translation>%1，第%2档，%3</translation>
    </message>
    <message>
        <source>Drafted %1</source>
        <translation>起草于 %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
</context>
<context>
    <name>lx::models::BlockListModel</name>
    <message>
        <source>Block</source>
        <extracomment>Block number in a channel&apos;s chain (zh: 区块号)</extracomment>
        <translation>区块</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易数</translation>
    </message>
    <message>
        <source>Data hash</source>
        <translation>数据哈希</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>前一区块哈希</translation>
    </message>
    <message>
        <source>altered, not served</source>
        <extracomment>In the block list: the ledger refused to serve an altered block (zh: 已被篡改，拒绝读取)</extracomment>
        <translation>已被篡改，拒绝读取</translation>
    </message>
</context>
<context>
    <name>lx::models::ChainVerification</name>
    <message>
        <source>Verifying the chain of %1…</source>
        <extracomment>%1 is the channel ID (zh: 正在校验通道 %1 的链……)</extracomment>
        <translation>正在校验通道 %1 的链……</translation>
    </message>
    <message>
        <source>%1: the chain is empty.</source>
        <translation>%1：链为空。</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n block(s) verified, up to block %2.</source>
        <extracomment>Chain verification succeeded; %1 channel, %2 last block number</extracomment>
        <translation>
            <numerusform>%1：全部 %n 个区块已通过校验，直至区块 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: block %2 is invalid: %3</source>
        <extracomment>Chain verification found a bad block; %3 is the verifier&apos;s reason, in English</extracomment>
        <translation>%1：区块 %2 无效：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: verification cancelled after %n block(s).</source>
        <translation>
            <numerusform>%1：已校验 %n 个区块后取消链校验。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the ledger could not be read: %2</source>
        <translation>%1：无法读取账本：%2</translation>
    </message>
</context>
<context>
    <name>lx::models::ChannelConfigModel</name>
    <message>
        <source>Applied</source>
        <extracomment>The configuration update is in force: the bank is a member of the channel.</extracomment>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Not prepared</source>
        <translation>未准备</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <extracomment>The signatures meet the channel&apos;s policy: the secretariat may submit the update.</extracomment>
        <translation>可以提交</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <extracomment>What the update still lacks, as the ordering service would judge it (the details are in English).</extracomment>
        <translation>尚未满足：%1</translation>
    </message>
    <message>
        <source>Prepared %1 by %2</source>
        <extracomment>A configuration update recorded by the secretariat: when and by whom.</extracomment>
        <translation>%2 于 %1 准备</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A signature of a configuration update: the member and its administrator who signed.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>The channel configuration update of an admission.</extracomment>
        <translation>更新</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>lx::models::DashboardChartModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translation>交易对手银行</translation>
    </message>
    <message>
        <source>Member bank</source>
        <translation>成员银行</translation>
    </message>
    <message>
        <source>Days to maturity</source>
        <translation>距到期天数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>业务量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Our average rate</source>
        <translation>我行平均利率</translation>
    </message>
    <message>
        <source>Board best bid</source>
        <translation>报价板最优买价</translation>
    </message>
    <message>
        <source>Board best offer</source>
        <translation>报价板最优卖价</translation>
    </message>
</context>
<context>
    <name>lx::models::DashboardExport</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Our average rate</source>
        <translation>我行平均利率</translation>
    </message>
    <message>
        <source>Board best bid</source>
        <translation>报价板最优买价</translation>
    </message>
    <message>
        <source>Board best offer</source>
        <translation>报价板最优卖价</translation>
    </message>
    <message>
        <source>Filters: none</source>
        <translation>筛选条件：无</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>无交易。</translation>
    </message>
</context>
<context>
    <name>lx::models::DashboardText</name>
    <message>
        <source>Volume</source>
        <translation>业务量</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>风险敞口</translation>
    </message>
    <message>
        <source>Maturities</source>
        <translation>到期分布</translation>
    </message>
    <message>
        <source>States</source>
        <translation>状态分布</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限合规</translation>
    </message>
    <message>
        <source>Forfaiting rates</source>
        <translation>福费廷利率</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <translation>保函</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>联盟统计</translation>
    </message>
    <message>
        <source>L/C</source>
        <translation>信用证</translation>
    </message>
    <message>
        <source>Forfaiting</source>
        <translation>福费廷</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>保函</translation>
    </message>
    <message>
        <source>As issuing bank</source>
        <translation>作为开证行</translation>
    </message>
    <message>
        <source>As advising bank</source>
        <translation>作为通知行</translation>
    </message>
    <message>
        <source>As forfaiting holder</source>
        <translation>作为福费廷持有行</translation>
    </message>
    <message>
        <source>As guarantor</source>
        <translation>作为担保行</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90天</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180天</translation>
    </message>
    <message>
        <source>181–360 days</source>
        <translation>181–360天</translation>
    </message>
    <message>
        <source>Over 360 days</source>
        <translation>360天以上</translation>
    </message>
    <message>
        <source>L/C examination</source>
        <translation>信用证审单</translation>
    </message>
    <message>
        <source>L/C payment</source>
        <translation>信用证付款</translation>
    </message>
    <message>
        <source>Demand examination</source>
        <translation>索赔审核</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Paid at maturity</source>
        <translation>已到期付款</translation>
    </message>
    <message>
        <source>L/C examination, documents re-used</source>
        <translation>信用证审单（单据重复使用）</translation>
    </message>
</context>
<context>
    <name>lx::models::DealFlagModel</name>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 the regulator&apos;s user, %2 when (China time).</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Deal</source>
        <extracomment>The L/C number, guarantee number or forfaiting deal ID.</extracomment>
        <translation>交易</translation>
    </message>
    <message>
        <source>Flag</source>
        <extracomment>The flag&apos;s number among the deal&apos;s flags.</extracomment>
        <translation>标记</translation>
    </message>
    <message>
        <source>Regulator&apos;s note</source>
        <translation>监管说明</translation>
    </message>
    <message>
        <source>Flagged by, at</source>
        <translation>标记人及时间</translation>
    </message>
    <message>
        <source>Banks party to it</source>
        <translation>相关银行</translation>
    </message>
</context>
<context>
    <name>lx::models::DealListModel</name>
    <message>
        <source>%1 days</source>
        <extracomment>A reported deal&apos;s tenor: remaining days at the trade date.</extracomment>
        <translation>%1天</translation>
    </message>
    <message>
        <source>Trade date</source>
        <translation>成交日</translation>
    </message>
    <message>
        <source>Obligor tier</source>
        <translation>债务人等级</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Rate p.a.</source>
        <translation>年利率</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>贴现方式</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>票面金额</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告银行</translation>
    </message>
    <message>
        <source>Forfaiting deal</source>
        <translation>福费廷交易</translation>
    </message>
</context>
<context>
    <name>lx::models::DealRowsModel</name>
    <message>
        <source>Product</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>A presentation&apos;s or demand&apos;s number within its deal.</extracomment>
        <translation>项次</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issuing / selling bank</source>
        <extracomment>L/C: issuing bank; forfaiting: seller; guarantee: guarantor.</extracomment>
        <translation>开证行／卖出行</translation>
    </message>
    <message>
        <source>Advising / buying bank</source>
        <extracomment>L/C: advising bank; forfaiting: buyer; guarantee: advising bank.</extracomment>
        <translation>通知行／买入行</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成日</translation>
    </message>
</context>
<context>
    <name>lx::models::DeskActionText</name>
    <message>
        <source>Advise</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Accept amendment %1</source>
        <translation>接受第 %1 次修改</translation>
    </message>
    <message>
        <source>Reject amendment %1</source>
        <translation>拒绝第 %1 次修改</translation>
    </message>
    <message>
        <source>Accept presentation %1</source>
        <translation>承兑第 %1 次交单</translation>
    </message>
    <message>
        <source>Pay presentation %1</source>
        <translation>支付第 %1 次交单</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>闭卷</translation>
    </message>
    <message>
        <source>Record expiry</source>
        <translation>登记过期</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>lx::models::DocumentCheck</name>
    <message>
        <source>%1 on %2 (transaction %3…)</source>
        <translation>%1，%2（交易 %3…）</translation>
    </message>
    <message>
        <source>The copy in this bank&apos;s cache has been altered: it no longer matches the presented document.</source>
        <translation>本行缓存中的副本已被改动，与所交单据不再一致。</translation>
    </message>
    <message>
        <source>The copy in this bank&apos;s cache matches the presented document.</source>
        <translation>本行缓存中的副本与所交单据一致。</translation>
    </message>
    <message>
        <source>This bank&apos;s cache holds no copy (the presenting bank keeps the file).</source>
        <translation>本行缓存中没有副本（文件由交单行保存）。</translation>
    </message>
    <message>
        <source>The notary could not be asked: %1</source>
        <translation>无法查询存证：%1</translation>
    </message>
    <message>
        <source>Its hash is not notarized on the ledger.</source>
        <translation>其哈希值未在账本上存证。</translation>
    </message>
    <message numerus="yes">
        <source>Its hash is notarized on the ledger %n time(s), first by %1.</source>
        <translation>
            <numerusform>其哈希值已在账本上存证 %n 次，首次由%1存证。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lx::models::DraftComparison</name>
    <message>
        <source>At sight</source>
        <translation>即期付款</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未注明</translation>
    </message>
    <message numerus="yes">
        <source>Deferred, %n day(s) after the document date</source>
        <translation>
            <numerusform>远期，单据日后 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deferred, %n day(s) after shipment</source>
        <translation>
            <numerusform>远期，装运日后 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deferred, %n day(s) after sight</source>
        <translation>
            <numerusform>远期，见单后 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Deferred, maturing on %1</source>
        <translation>远期，于 %1 到期</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>远期付款</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Latest shipment date</source>
        <translation>最迟装运日</translation>
    </message>
    <message>
        <source>Presentation period</source>
        <translation>交单期</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>L/C No.</source>
        <translation>信用证号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>通知行</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>金额大写</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期及到期地点</translation>
    </message>
    <message>
        <source>Not in this bank&apos;s cache</source>
        <translation>不在本行缓存中</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>附言</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用余额</translation>
    </message>
    <message>
        <source>Amount presented</source>
        <translation>交单金额</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>交单序号</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>审单结论</translation>
    </message>
    <message>
        <source>Complying</source>
        <translation>单证相符</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s consent</source>
        <translation>受益人同意书</translation>
    </message>
</context>
<context>
    <name>lx::models::DraftTerms</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>lx::models::FfDealsModel</name>
    <message>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>We are</source>
        <translation>我行角色</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>卖方</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买方</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>票面金额</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Obligor</source>
        <translation>债务人</translation>
    </message>
</context>
<context>
    <name>lx::models::FfDesk</name>
    <message>
        <source>Send claim-transfer notice</source>
        <translation>发送债权转让通知</translation>
    </message>
    <message>
        <source>Acknowledge the transfer</source>
        <translation>确认债权转让</translation>
    </message>
    <message>
        <source>Settle (pay the net amount)</source>
        <translation>结算（支付净额）</translation>
    </message>
    <message>
        <source>Pay at maturity</source>
        <translation>到期付款</translation>
    </message>
    <message>
        <source>Record overdue</source>
        <translation>登记逾期</translation>
    </message>
    <message>
        <source>Resell</source>
        <translation>转售</translation>
    </message>
</context>
<context>
    <name>lx::models::FfEligibleModel</name>
    <message>
        <source>L/C number</source>
        <translation>信用证号</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>交单序号</translation>
    </message>
    <message>
        <source>Obligor (issuing bank)</source>
        <translation>债务人（开证行）</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>票面金额</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days to maturity</source>
        <translation>剩余天数</translation>
    </message>
</context>
<context>
    <name>lx::models::FfEventText</name>
    <message>
        <source>Inquiry %1: %2 due from %3 on %4 (primary market)</source>
        <translation>询价 %1：%3应于 %4 付款 %2（一级市场）</translation>
    </message>
    <message>
        <source>Inquiry %1: %2 due from %3 on %4 (secondary market)</source>
        <translation>询价 %1：%3应于 %4 付款 %2（二级市场）</translation>
    </message>
    <message>
        <source>Listing %1: %2 due from %3 on %4 (primary market)</source>
        <translation>挂牌 %1：%3应于 %4 付款 %2（一级市场）</translation>
    </message>
    <message>
        <source>Listing %1: %2 due from %3 on %4 (secondary market)</source>
        <translation>挂牌 %1：%3应于 %4 付款 %2（二级市场）</translation>
    </message>
    <message>
        <source>Quote %1: %2 %3, %4 days, net %5</source>
        <extracomment>%2 the rate per year (&quot;3.10%&quot;), %3 the pricing method, %4 the days discounted, %5 the net amount</extracomment>
        <translation>报价 %1：年利率 %2，%3，%4 天，净额 %5</translation>
    </message>
    <message>
        <source>Listing %1 withdrawn</source>
        <translation>挂牌 %1 已撤回</translation>
    </message>
    <message>
        <source>Quote %1 withdrawn</source>
        <translation>报价 %1 已撤回</translation>
    </message>
    <message>
        <source>Deal %1: %2 sells to %3 for %4 on value date %5</source>
        <translation>成交 %1：%2向%3转让，价款 %4，起息日 %5</translation>
    </message>
    <message>
        <source>Claim-transfer notice to %1: pay %2 at maturity</source>
        <translation>向%1发出债权转让通知：到期付款予%2</translation>
    </message>
    <message>
        <source>%1 will pay %2 to %3 at maturity %4</source>
        <translation>%1确认于到期日 %4 向%3付款 %2</translation>
    </message>
    <message>
        <source>%1 paid %2 to %3 and holds claim %4</source>
        <translation>%1已向%3支付 %2，持有债权 %4</translation>
    </message>
    <message>
        <source>%1 paid %2 to %3 after it was recorded overdue</source>
        <translation>%1已向%3付款 %2（在记录逾期之后）</translation>
    </message>
    <message>
        <source>%1 paid %2 to %3 at maturity</source>
        <translation>%1已于到期日向%3付款 %2</translation>
    </message>
    <message numerus="yes">
        <source>Claim %1 unpaid by %2 after maturity and %n grace day(s)</source>
        <translation>
            <numerusform>债权 %1 到期且宽限 %n 天后，%2仍未付款</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lx::models::FfListingsModel</name>
    <message>
        <source>Listing</source>
        <translation>挂牌</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>卖方</translation>
    </message>
    <message>
        <source>Obligor</source>
        <translation>债务人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>评级档次</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>票面金额</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Our quote</source>
        <translation>我行报价</translation>
    </message>
    <message>
        <source>Quotes received</source>
        <translation>收到的报价</translation>
    </message>
    <message>
        <source>%1 (inquiry)</source>
        <translation>%1（询价）</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>第%1档</translation>
    </message>
</context>
<context>
    <name>lx::models::FfPortfolioModel</name>
    <message>
        <source>Claim</source>
        <translation>债权</translation>
    </message>
    <message>
        <source>Obligor</source>
        <translation>债务人</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>票面金额</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>lx::models::FfQuotesModel</name>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>计息方式</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>宽限天数</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>lx::models::FfText</name>
    <message>
        <source>Held</source>
        <translation>持有</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>挂牌中</translation>
    </message>
    <message>
        <source>Under transfer</source>
        <translation>转让中</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>挂牌中</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Dealt</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>已发转让通知</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Straight discount</source>
        <translation>直接贴现</translation>
    </message>
    <message>
        <source>Discount to yield</source>
        <translation>收益率贴现</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>一级市场</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>二级市场</translation>
    </message>
    <message>
        <source>Listed for sale</source>
        <translation>挂牌出售</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Listing withdrawn</source>
        <translation>撤回挂牌</translation>
    </message>
    <message>
        <source>Quote withdrawn</source>
        <translation>撤回报价</translation>
    </message>
    <message>
        <source>Quote accepted</source>
        <translation>接受报价</translation>
    </message>
    <message>
        <source>Claim-transfer notice sent</source>
        <translation>发送债权转让通知</translation>
    </message>
    <message>
        <source>Transfer acknowledged</source>
        <translation>确认债权转让</translation>
    </message>
    <message>
        <source>Paid at maturity</source>
        <translation>到期付款</translation>
    </message>
    <message>
        <source>Recorded overdue</source>
        <translation>登记逾期</translation>
    </message>
</context>
<context>
    <name>lx::models::FfTimelineModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易编号</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>经办</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>lx::models::GasBalanceModel</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Gas balance</source>
        <extracomment>A member&apos;s Gas over every recorded month.</extracomment>
        <translation>Gas 余额</translation>
    </message>
    <message>
        <source>Months</source>
        <extracomment>How many recorded months credited the member.</extracomment>
        <translation>月数</translation>
    </message>
</context>
<context>
    <name>lx::models::GasReportModel</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <extracomment>Endorsements the member&apos;s peers gave valid transactions of the month.</extracomment>
        <translation>背书数</translation>
    </message>
    <message>
        <source>Transactions</source>
        <extracomment>Valid transactions of the month the member&apos;s users submitted.</extracomment>
        <translation>交易数</translation>
    </message>
    <message>
        <source>Available hours</source>
        <extracomment>Hours the member&apos;s nodes stated they were available in the month.</extracomment>
        <translation>可用小时数</translation>
    </message>
    <message>
        <source>Approved node cost</source>
        <extracomment>Node costs the council approved for the member and month.</extracomment>
        <translation>核准节点成本</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas 数额</translation>
    </message>
</context>
<context>
    <name>lx::models::GovernanceRights</name>
    <message>
        <source>Voting ended on %1 (China time); any member&apos;s administrator may now close the proposal.</source>
        <translation>表决已于 %1（北京时间）截止；任何成员的管理员现在均可结束该提案。</translation>
    </message>
    <message>
        <source>Only the council members who were on the council when the proposal opened vote on it.</source>
        <translation>只有提案提出时在任的理事会成员才能对其表决。</translation>
    </message>
    <message>
        <source>Only your bank&apos;s administrator votes for it; sign in as the administrator.</source>
        <translation>只有本行管理员可代表本行表决；请以管理员身份登录。</translation>
    </message>
    <message>
        <source>Your bank voted %1 on %2.</source>
        <translation>本行已于 %2 投票：%1。</translation>
    </message>
    <message>
        <source>The proposal is decided: opinions are closed.</source>
        <translation>提案已有决定，不再接受意见。</translation>
    </message>
    <message>
        <source>Only the expert committee&apos;s members give opinions.</source>
        <translation>只有专家委员会成员可以提出意见。</translation>
    </message>
    <message>
        <source>Only your bank&apos;s administrator records its opinion; sign in as the administrator.</source>
        <translation>只有本行管理员可记录本行意见；请以管理员身份登录。</translation>
    </message>
    <message>
        <source>Your bank has given its opinion on this proposal.</source>
        <translation>本行已就此提案提出意见。</translation>
    </message>
    <message>
        <source>Voting is over (%1).</source>
        <extracomment>The proposal is decided; %1 is its status (Passed, Rejected, Lapsed).</extracomment>
        <translation>表决已结束（%1）。</translation>
    </message>
</context>
<context>
    <name>lx::models::GovernanceText</name>
    <message>
        <source>Admit a member</source>
        <extracomment>A council proposal: admit a bank to the consortium.</extracomment>
        <translation>接纳成员</translation>
    </message>
    <message>
        <source>Admit a line of business</source>
        <extracomment>A council proposal: admit an active bank to a line of business.</extracomment>
        <translation>准入业务条线</translation>
    </message>
    <message>
        <source>Suspend a member</source>
        <translation>暂停成员资格</translation>
    </message>
    <message>
        <source>Expel a member</source>
        <translation>将成员除名</translation>
    </message>
    <message>
        <source>Reinstate a member</source>
        <translation>恢复成员资格</translation>
    </message>
    <message>
        <source>Set the voting threshold</source>
        <translation>设定表决门槛</translation>
    </message>
    <message>
        <source>Set the Gas weights</source>
        <translation>设定 Gas 权重</translation>
    </message>
    <message>
        <source>End a sandbox</source>
        <extracomment>A council proposal: a line of business leaves its regulatory sandbox.</extracomment>
        <translation>结束沙箱</translation>
    </message>
    <message>
        <source>Set a member&apos;s seats</source>
        <translation>设定成员席位</translation>
    </message>
    <message>
        <source>Set the duplicate-document rule</source>
        <extracomment>A council proposal: what happens to documents presented under two L/Cs.</extracomment>
        <translation>设定重复单据规则</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>A proposal still being voted on.</extracomment>
        <translation>表决中</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已否决</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <extracomment>A proposal closed after its deadline without enough votes.</extracomment>
        <translation>已失效</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <extracomment>The consortium&apos;s secretariat, as a kind of member.</extracomment>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>A member in good standing.</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Applicant</source>
        <extracomment>A bank whose admission is proposed or was refused.</extracomment>
        <translation>申请中</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>已除名</translation>
    </message>
    <message>
        <source>Council</source>
        <extracomment>The consortium&apos;s deciding body (zh: 理事会).</extracomment>
        <translation>理事会</translation>
    </message>
    <message>
        <source>Expert committee</source>
        <extracomment>The consortium&apos;s advising body (zh: 专家委员会).</extracomment>
        <translation>专家委员会</translation>
    </message>
    <message>
        <source>Secretariat seat</source>
        <extracomment>The seat of the consortium&apos;s secretariat (zh: 秘书处).</extracomment>
        <translation>秘书处席位</translation>
    </message>
    <message>
        <source>Regulator seat</source>
        <translation>监管席位</translation>
    </message>
    <message>
        <source>Letters of credit</source>
        <translation>信用证</translation>
    </message>
    <message>
        <source>Forfaiting</source>
        <translation>福费廷</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <translation>保函</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>A council vote in favour of a proposal.</extracomment>
        <translation>赞成</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>A council vote against a proposal.</extracomment>
        <translation>反对</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <source>In favour</source>
        <extracomment>An expert&apos;s recommendation on a proposal.</extracomment>
        <translation>支持</translation>
    </message>
    <message>
        <source>Against</source>
        <extracomment>An expert&apos;s recommendation on a proposal.</extracomment>
        <translation>反对</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>An expert&apos;s recommendation on a proposal.</extracomment>
        <translation>中立</translation>
    </message>
    <message>
        <source>Membership application</source>
        <translation>入盟申请</translation>
    </message>
    <message>
        <source>Membership agreement</source>
        <translation>入盟协议</translation>
    </message>
    <message>
        <source>Compliance assessment</source>
        <translation>合规评估</translation>
    </message>
    <message>
        <source>%1 yes of %2 needed</source>
        <extracomment>A proposal&apos;s tally: yes votes cast and the yes votes it needs to pass.</extracomment>
        <translation>赞成 %1 票，需 %2 票</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <extracomment>A line of business admitted in the regulatory sandbox, e.g. &quot;Forfaiting (sandbox)&quot;.</extracomment>
        <translation>%1（沙箱）</translation>
    </message>
    <message>
        <source>%1 (China time)</source>
        <extracomment>A date and time of day in China (UTC+8), e.g. &quot;2024-05-20 14:03 (China time)&quot;.</extracomment>
        <translation>%1（北京时间）</translation>
    </message>
    <message>
        <source>Approve a node cost</source>
        <extracomment>A council proposal: a member&apos;s cost of running nodes in a month, rewarded in Gas.</extracomment>
        <translation>核准节点成本</translation>
    </message>
</context>
<context>
    <name>lx::models::GuaranteeActionText</name>
    <message>
        <source>Advise</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Accept amendment %1</source>
        <translation>接受第 %1 次修改</translation>
    </message>
    <message>
        <source>Reject amendment %1</source>
        <translation>拒绝第 %1 次修改</translation>
    </message>
    <message>
        <source>Pay demand %1</source>
        <translation>支付第 %1 笔索赔</translation>
    </message>
    <message>
        <source>Record expiry</source>
        <translation>登记失效</translation>
    </message>
</context>
<context>
    <name>lx::models::GuaranteeDocument</name>
    <message>
        <source>20 Undertaking number</source>
        <translation>20 保函编号</translation>
    </message>
    <message>
        <source>30 Date of issue</source>
        <translation>30 开立日期</translation>
    </message>
    <message>
        <source>22D Form of undertaking</source>
        <translation>22D 保函形式</translation>
    </message>
    <message>
        <source>Guarantee, issued directly</source>
        <translation>直开保函</translation>
    </message>
    <message>
        <source>40C Applicable rules</source>
        <translation>40C 适用规则</translation>
    </message>
    <message>
        <source>22K Type of undertaking</source>
        <translation>22K 保函种类</translation>
    </message>
    <message>
        <source>23B Expiry type</source>
        <translation>23B 失效方式</translation>
    </message>
    <message>
        <source>31E Date of expiry</source>
        <translation>31E 失效日期</translation>
    </message>
    <message>
        <source>50 Applicant</source>
        <translation>50 申请人</translation>
    </message>
    <message>
        <source>59 Beneficiary</source>
        <translation>59 受益人</translation>
    </message>
    <message>
        <source>52A Issuer</source>
        <translation>52A 开立行</translation>
    </message>
    <message>
        <source>56A Advising bank</source>
        <translation>56A 通知行</translation>
    </message>
    <message>
        <source>32B Undertaking amount</source>
        <translation>32B 保函金额</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>大写金额</translation>
    </message>
    <message>
        <source>Available amount</source>
        <translation>可用金额</translation>
    </message>
    <message>
        <source>Underlying transaction details</source>
        <translation>基础交易信息</translation>
    </message>
    <message>
        <source>Reduction schedule</source>
        <translation>减额安排</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>77U Undertaking terms and conditions</source>
        <translation>77U 保函条款</translation>
    </message>
    <message>
        <source>State on the ledger</source>
        <translation>账本上的状态</translation>
    </message>
    <message>
        <source> (stop-payment order)</source>
        <translation>（止付令生效）</translation>
    </message>
    <message>
        <source>Demand guarantee issued by %1 in favour of %2, subject to %3.</source>
        <translation>%1 以 %2 为受益人开立的独立保函，适用 %3。</translation>
    </message>
    <message>
        <source>Guarantee %1</source>
        <translation>保函 %1</translation>
    </message>
</context>
<context>
    <name>lx::models::GuaranteeEventText</name>
    <message>
        <source>%1 guarantee issued for %2</source>
        <extracomment>%1 is the guarantee&apos;s type as the desk names it (&quot;Performance&quot; / &quot;履约保函&quot;)</extracomment>
        <translation>开立%1，金额 %2</translation>
    </message>
    <message>
        <source>Advised to the beneficiary</source>
        <translation>已通知受益人</translation>
    </message>
    <message>
        <source>Amendment %1 sent for the beneficiary&apos;s answer</source>
        <translation>第 %1 号修改已发出，待受益人答复</translation>
    </message>
    <message>
        <source>Amendment %1 accepted by the beneficiary</source>
        <translation>受益人接受第 %1 号修改</translation>
    </message>
    <message>
        <source>Amendment %1 rejected by the beneficiary</source>
        <translation>受益人拒绝第 %1 号修改</translation>
    </message>
    <message>
        <source>Extend-or-pay demand %1 for %2 received on %3; examination due by %4</source>
        <translation>第 %1 次索赔（展期或付款），金额 %2，于 %3 收到，须于 %4 前审核完毕</translation>
    </message>
    <message>
        <source>Demand %1 for %2 received on %3; examination due by %4</source>
        <translation>第 %1 次索赔，金额 %2，于 %3 收到，须于 %4 前审核完毕</translation>
    </message>
    <message>
        <source>Demand %1 found complying</source>
        <translation>第 %1 次索赔审核相符</translation>
    </message>
    <message numerus="yes">
        <source>Demand %1 rejected: one notice of %n discrepancies</source>
        <translation>
            <numerusform>第 %1 次索赔被拒绝：一次性通知 %n 处不符点</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment of demand %1 suspended until %2</source>
        <translation>第 %1 次索赔暂停付款至 %2</translation>
    </message>
    <message>
        <source>Extended to %1; demand %2 withdrawn</source>
        <translation>保函展期至 %1；第 %2 次索赔撤回</translation>
    </message>
    <message>
        <source>Demand %1 paid, %2; %3 remains available</source>
        <translation>第 %1 次索赔已付款 %2；可用余额 %3</translation>
    </message>
    <message>
        <source>Reduced by %1 by clause %2 of the reduction schedule; %3 remains available</source>
        <translation>按减额安排第 %2 条减额 %1；可用余额 %3</translation>
    </message>
    <message>
        <source>Reduced by %1 with the beneficiary&apos;s consent (%2); %3 remains available</source>
        <translation>经受益人同意（%2）减额 %1；可用余额 %3</translation>
    </message>
    <message>
        <source>Released by the beneficiary</source>
        <translation>受益人已解除保函</translation>
    </message>
    <message>
        <source>Released by the beneficiary (%1)</source>
        <translation>受益人已解除保函（%1）</translation>
    </message>
    <message>
        <source>Expired on %1 with %2 unused</source>
        <translation>已于 %1 到期，未用余额 %2</translation>
    </message>
    <message>
        <source>Frozen by stop-payment order %1 of %2</source>
        <translation>依%2止付裁定%1冻结</translation>
    </message>
    <message>
        <source>Stop-payment order %1 lifted by %2</source>
        <translation>止付裁定%1已由%2解除</translation>
    </message>
</context>
<context>
    <name>lx::models::GuaranteeListModel</name>
    <message>
        <source>Frozen (stop-payment)</source>
        <translation>已冻结（止付）</translation>
    </message>
    <message>
        <source>Guarantee No.</source>
        <translation>保函编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>开立行</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>通知行</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（人民币）</translation>
    </message>
    <message>
        <source>Available (CNY)</source>
        <translation>可用余额（人民币）</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>失效</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Stop-payment</source>
        <translation>止付</translation>
    </message>
    <message>
        <source>Examination deadline</source>
        <translation>审核期限</translation>
    </message>
</context>
<context>
    <name>lx::models::GuaranteeSheetModel</name>
    <message>
        <source>%1 (USCC %2)</source>
        <translation>%1（统一社会信用代码 %2）</translation>
    </message>
    <message>
        <source>Guarantee number</source>
        <translation>保函编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>适用规则</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>开立日期</translation>
    </message>
    <message>
        <source>Expiry type</source>
        <translation>失效方式</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>失效</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>开立行</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>通知行</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用余额</translation>
    </message>
    <message>
        <source>Underlying contract</source>
        <translation>基础合同</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1，签订于 %2：%3</translation>
    </message>
    <message>
        <source>Reduction clause</source>
        <translation>减额条款</translation>
    </message>
    <message>
        <source>%1 on %2%3</source>
        <translation>%2 减少 %1%3</translation>
    </message>
    <message>
        <source> (applied)</source>
        <translation>（已执行）</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Court stop-payment order</source>
        <translation>法院止付裁定</translation>
    </message>
    <message>
        <source>%1, %2, since %3 (in force)</source>
        <translation>%1，%2，自 %3 起（有效）</translation>
    </message>
    <message>
        <source>%1, %2, lifted by %3 on %4</source>
        <translation>%1，%2，已于 %4 由 %3 解除</translation>
    </message>
    <message>
        <source>increase %1</source>
        <translation>增加 %1</translation>
    </message>
    <message>
        <source>decrease %1</source>
        <translation>减少 %1</translation>
    </message>
    <message>
        <source>expiry %1</source>
        <translation>失效日 %1</translation>
    </message>
    <message>
        <source>expiry event %1</source>
        <translation>失效事件 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1，至 %2</translation>
    </message>
    <message>
        <source>Pay only</source>
        <translation>仅要求付款</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>条款项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Statement of breach</source>
        <translation>违约声明</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Examine by</source>
        <translation>审核截止日</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Extend or pay</source>
        <translation>展期或付款</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>不符点</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>提交行</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>lx::models::GuaranteeText</name>
    <message>
        <source>Bid</source>
        <translation>投标保函</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履约保函</translation>
    </message>
    <message>
        <source>Advance payment</source>
        <translation>预付款保函</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款保函</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>质量保留金保函</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>质保保函</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已开立</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>Amendment pending</source>
        <translation>修改待确认</translation>
    </message>
    <message>
        <source>Demand open</source>
        <translation>索赔处理中</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Under examination</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Complying</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Payment suspended</source>
        <translation>暂停付款</translation>
    </message>
    <message>
        <source>Withdrawn (extended)</source>
        <translation>已撤回（已展期）</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>按日期</translation>
    </message>
    <message>
        <source>On an event</source>
        <translation>按事件</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>Awaiting the beneficiary</source>
        <translation>待受益人答复</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>开立</translation>
    </message>
    <message>
        <source>Advise</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Answer amendment</source>
        <translation>答复修改</translation>
    </message>
    <message>
        <source>Present demand</source>
        <translation>提交索赔</translation>
    </message>
    <message>
        <source>Examine demand</source>
        <translation>审核索赔</translation>
    </message>
    <message>
        <source>Suspend payment</source>
        <translation>暂停付款</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>展期</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>减额</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>失效</translation>
    </message>
    <message>
        <source>Court stop-payment</source>
        <translation>法院止付</translation>
    </message>
    <message>
        <source>Stop-payment lifted</source>
        <translation>止付已解除</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>于：%1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n business day(s)</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
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
    <name>lx::models::LcAdvice</name>
    <message>
        <source>Ledger references</source>
        <translation>账本记录</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>打印行</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Transaction %1, block %2</source>
        <translation>交易 %1，区块 %2</translation>
    </message>
    <message>
        <source>Not on the ledger yet</source>
        <translation>尚未上链</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>开立</translation>
    </message>
    <message>
        <source>Latest change</source>
        <translation>最近一次变更</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>%1: %2 original(s), %3 copies</source>
        <translation>%1：正本 %2 份，副本 %3 份</translation>
    </message>
    <message>
        <source>27 Sequence of total</source>
        <translation>27 报文页次</translation>
    </message>
    <message>
        <source>40A Form of documentary credit</source>
        <translation>40A 信用证类型</translation>
    </message>
    <message>
        <source>Irrevocable</source>
        <translation>不可撤销</translation>
    </message>
    <message>
        <source>Revocable</source>
        <translation>可撤销</translation>
    </message>
    <message>
        <source>20 Documentary credit number</source>
        <translation>20 信用证编号</translation>
    </message>
    <message>
        <source>31C Date of issue</source>
        <translation>31C 开证日期</translation>
    </message>
    <message>
        <source>40E Applicable rules</source>
        <translation>40E 适用规则</translation>
    </message>
    <message>
        <source>Domestic L/C settlement measures (PBoC/CBRC 2016 No. 10)</source>
        <translation>《国内信用证结算办法》（中国人民银行、中国银监会公告〔2016〕第10号）</translation>
    </message>
    <message>
        <source>31D Date and place of expiry</source>
        <translation>31D 有效期及到期地点</translation>
    </message>
    <message>
        <source>52A Issuing bank</source>
        <translation>52A 开证行</translation>
    </message>
    <message>
        <source>50 Applicant</source>
        <translation>50 申请人</translation>
    </message>
    <message>
        <source>59 Beneficiary</source>
        <translation>59 受益人</translation>
    </message>
    <message>
        <source>32B Currency code, amount</source>
        <translation>32B 币种及金额</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>大写金额</translation>
    </message>
    <message>
        <source>39A Percentage credit amount tolerance</source>
        <translation>39A 金额溢短装比例</translation>
    </message>
    <message>
        <source>41A Available with</source>
        <translation>41A 指定银行</translation>
    </message>
    <message>
        <source>42C/42P Payment terms</source>
        <translation>42C/42P 付款期限</translation>
    </message>
    <message>
        <source>43P Partial shipments</source>
        <translation>43P 分批装运</translation>
    </message>
    <message>
        <source>43T Transhipment</source>
        <translation>43T 转运</translation>
    </message>
    <message>
        <source>44E/44F Shipment from, to</source>
        <translation>44E/44F 装运地、目的地</translation>
    </message>
    <message>
        <source>44C Latest date of shipment</source>
        <translation>44C 最迟装运日期</translation>
    </message>
    <message>
        <source>45A Description of goods and/or services</source>
        <translation>45A 货物或服务描述</translation>
    </message>
    <message>
        <source>46A Documents required</source>
        <translation>46A 所需单据</translation>
    </message>
    <message>
        <source>47A Additional conditions</source>
        <translation>47A 附加条款</translation>
    </message>
    <message>
        <source>71B Charges</source>
        <translation>71B 费用</translation>
    </message>
    <message>
        <source>48 Period for presentation</source>
        <translation>48 交单期</translation>
    </message>
    <message>
        <source>49 Confirmation instructions</source>
        <translation>49 保兑指示</translation>
    </message>
    <message>
        <source>May add: %1</source>
        <translation>可加具保兑：%1</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>不加保兑</translation>
    </message>
    <message>
        <source>57A Advise through bank</source>
        <translation>57A 通知行</translation>
    </message>
    <message>
        <source>State on the ledger</source>
        <translation>账本上的状态</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>可用余额</translation>
    </message>
    <message>
        <source>Documents notarized</source>
        <translation>已存证单据</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>We advise you, without any engagement on our part, of the following domestic letter of credit issued by %1.</source>
        <translation>兹通知贵方，%1 开立如下国内信用证，我行不承担任何责任。</translation>
    </message>
    <message>
        <source>Advice of domestic letter of credit %1</source>
        <translation>国内信用证通知书 %1</translation>
    </message>
</context>
<context>
    <name>lx::models::LcEventText</name>
    <message>
        <source>Issued for %1</source>
        <translation>开证，金额 %1</translation>
    </message>
    <message>
        <source>Advised to the beneficiary</source>
        <translation>已通知受益人</translation>
    </message>
    <message>
        <source>Amendment %1 sent for the beneficiary&apos;s answer</source>
        <translation>第 %1 号修改已发出，待受益人答复</translation>
    </message>
    <message>
        <source>Amendment %1 accepted by the beneficiary</source>
        <translation>受益人接受第 %1 号修改</translation>
    </message>
    <message>
        <source>Amendment %1 rejected by the beneficiary</source>
        <translation>受益人拒绝第 %1 号修改</translation>
    </message>
    <message>
        <source>Presentation %1 of %2 received on %3; decision due by %4</source>
        <translation>第 %1 次交单，金额 %2，于 %3 收到，须于 %4 前作出决定</translation>
    </message>
    <message numerus="yes">
        <source>; %n document(s) also presented under other L/Cs</source>
        <extracomment>Appended to a presentation&apos;s summary when the notary holds some of its documents under other L/Cs</extracomment>
        <translation>
            <numerusform>；其中 %n 份单据也在其他信用证项下提交</numerusform>
        </translation>
    </message>
    <message>
        <source>Presentation %1 complies</source>
        <translation>第 %1 次交单相符</translation>
    </message>
    <message numerus="yes">
        <source>Presentation %1 is discrepant (%n discrepancies)</source>
        <translation>
            <numerusform>第 %1 次交单不符（%n 处不符点）</numerusform>
        </translation>
    </message>
    <message>
        <source>Presentation %1 refused, documents held</source>
        <translation>第 %1 次交单已拒付，单据留存听候处理</translation>
    </message>
    <message>
        <source>Presentation %1 refused, documents returned</source>
        <translation>第 %1 次交单已拒付，单据已退回</translation>
    </message>
    <message>
        <source>Discrepancies of presentation %1 waived by the applicant</source>
        <translation>申请人接受第 %1 次交单的不符点</translation>
    </message>
    <message>
        <source>Payment of %1 at maturity %2 confirmed (late)</source>
        <translation>已确认于到期日 %2 付款 %1（逾期确认）</translation>
    </message>
    <message>
        <source>Payment of %1 at maturity %2 confirmed</source>
        <translation>已确认于到期日 %2 付款 %1</translation>
    </message>
    <message>
        <source>Paid %1 on presentation %2 (late)</source>
        <translation>已就第 %2 次交单付款 %1（逾期付款）</translation>
    </message>
    <message>
        <source>Paid %1 on presentation %2</source>
        <translation>已就第 %2 次交单付款 %1</translation>
    </message>
    <message>
        <source>Closed with %1 unused</source>
        <translation>已闭卷，未用余额 %1</translation>
    </message>
    <message>
        <source>Cancelled before it was advised</source>
        <translation>通知前已撤销</translation>
    </message>
    <message>
        <source>Cancelled with the beneficiary&apos;s consent (%1)</source>
        <translation>经受益人同意撤销（%1）</translation>
    </message>
    <message>
        <source>Expired on %1 with %2 unused (amendment %3 lapsed unanswered)</source>
        <translation>已于 %1 到期，未用余额 %2（第 %3 号修改未获答复而失效）</translation>
    </message>
    <message>
        <source>Expired on %1 with %2 unused</source>
        <translation>已于 %1 到期，未用余额 %2</translation>
    </message>
</context>
<context>
    <name>lx::models::LcListModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>L/C No.</source>
        <translation>信用证号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>Issuing bank</source>
        <translation>开证行</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>通知行</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（人民币）</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开证日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
</context>
<context>
    <name>lx::models::LcSheetModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>已交单</translation>
    </message>
    <message>
        <source>Complying</source>
        <translation>单证相符</translation>
    </message>
    <message>
        <source>Discrepant</source>
        <translation>单证不符</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒付</translation>
    </message>
    <message>
        <source>Discrepancies waived</source>
        <translation>不符点已接受</translation>
    </message>
    <message>
        <source>Accepted, payment at maturity</source>
        <translation>已承兑，到期付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Paid at maturity</source>
        <translation>已到期付款</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Awaiting the beneficiary</source>
        <translation>待受益人答复</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>交单行</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收单日</translation>
    </message>
    <message>
        <source>Examine by</source>
        <translation>审单截止日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>付款截止日</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>不符点</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>交单序号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256 哈希值</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>交易编号</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>L/C No.</source>
        <translation>信用证号</translation>
    </message>
    <message>
        <source>Issuing bank</source>
        <translation>开证行</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>通知行</translation>
    </message>
    <message>
        <source>Nominated bank</source>
        <translation>指定银行</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>金额大写</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用余额</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>溢短装</translation>
    </message>
    <message>
        <source>+%1% / -%2%</source>
        <translation>+%1% / -%2%</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开证日</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期及到期地点</translation>
    </message>
    <message>
        <source>Latest shipment</source>
        <translation>最迟装运日</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>装运</translation>
    </message>
    <message>
        <source>Partial shipments</source>
        <translation>分批装运</translation>
    </message>
    <message>
        <source>Transhipment</source>
        <translation>转运</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Presentation period</source>
        <translation>交单期</translation>
    </message>
    <message>
        <source>%1: %2 original(s), %3 copies</source>
        <translation>%1：正本 %2 份，副本 %3 份</translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation>所需单据</translation>
    </message>
    <message>
        <source>Additional conditions</source>
        <translation>附加条款</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Endorsed by</source>
        <translation>背书方</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名校验</translation>
    </message>
    <message>
        <source>Not on the ledger yet</source>
        <translation>尚未上链</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>校验通过</translation>
    </message>
    <message>
        <source>Do not verify: %1</source>
        <translation>校验未通过：%1</translation>
    </message>
    <message>
        <source>Also presented under</source>
        <translation>也曾提交于</translation>
    </message>
    <message>
        <source>Examiner&apos;s finding on them</source>
        <translation>审单员对其的意见</translation>
    </message>
    <message>
        <source>%1 under %2</source>
        <translation>%1：见 %2</translation>
    </message>
</context>
<context>
    <name>lx::models::LcText</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已开证</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>Amendment pending</source>
        <translation>修改待确认</translation>
    </message>
    <message>
        <source>Documents presented</source>
        <translation>已交单</translation>
    </message>
    <message>
        <source>Complying</source>
        <translation>单证相符</translation>
    </message>
    <message>
        <source>Discrepant</source>
        <translation>单证不符</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒付</translation>
    </message>
    <message>
        <source>Discrepancies waived</source>
        <translation>不符点已接受</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已承兑</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Paid at maturity</source>
        <translation>已到期付款</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已闭卷</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>Advise the L/C</source>
        <translation>通知信用证</translation>
    </message>
    <message>
        <source>Answer the amendment</source>
        <translation>答复修改</translation>
    </message>
    <message>
        <source>Examine the documents</source>
        <translation>审核单据</translation>
    </message>
    <message>
        <source>Refuse or waive discrepancies</source>
        <translation>拒付或接受不符点</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Accept: confirm payment at maturity</source>
        <translation>承兑：确认到期付款</translation>
    </message>
    <message>
        <source>Pay at maturity</source>
        <translation>到期付款</translation>
    </message>
    <message>
        <source>Record the expiry</source>
        <translation>登记信用证过期</translation>
    </message>
    <message>
        <source>Approve a draft</source>
        <translation>复核草稿</translation>
    </message>
    <message>
        <source>Unknown task (%1)</source>
        <translation>未知任务（%1）</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>开证</translation>
    </message>
    <message>
        <source>Advise</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Answer amendment</source>
        <translation>答复修改</translation>
    </message>
    <message>
        <source>Present documents</source>
        <translation>交单</translation>
    </message>
    <message>
        <source>Examine documents</source>
        <translation>审单</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒付</translation>
    </message>
    <message>
        <source>Waive discrepancies</source>
        <translation>接受不符点</translation>
    </message>
    <message>
        <source>Accept presentation</source>
        <translation>承兑</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>闭卷</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Record expiry</source>
        <translation>登记过期</translation>
    </message>
    <message>
        <source>Examine the documents: some were presented under other L/Cs too</source>
        <translation>审单：部分单据曾在其他信用证项下提交</translation>
    </message>
    <message>
        <source>Invoice amount</source>
        <translation>发票金额不符</translation>
    </message>
    <message>
        <source>Late shipment</source>
        <translation>迟装</translation>
    </message>
    <message>
        <source>Late presentation</source>
        <translation>迟交单</translation>
    </message>
    <message>
        <source>Missing document</source>
        <translation>单据缺失</translation>
    </message>
    <message>
        <source>Documents inconsistent</source>
        <translation>单单不符</translation>
    </message>
    <message>
        <source>Goods description</source>
        <translation>货物描述不符</translation>
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
    <name>lx::models::LocalBook</name>
    <message>
        <source>Sign in before acting.</source>
        <translation>请先登录再进行操作。</translation>
    </message>
</context>
<context>
    <name>lx::models::MemberListModel</name>
    <message>
        <source>MSP ID</source>
        <translation>MSP 标识</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>What kind of member: bank, regulator, secretariat.</extracomment>
        <translation>类别</translation>
    </message>
    <message>
        <source>Tier</source>
        <extracomment>A bank&apos;s obligor tier, 1 strongest.</extracomment>
        <translation>评级档次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Seats</source>
        <extracomment>Seats in the consortium&apos;s bodies (council, expert committee).</extracomment>
        <translation>席位</translation>
    </message>
    <message>
        <source>Lines of business</source>
        <translation>业务条线</translation>
    </message>
    <message>
        <source>%1 outstanding, %2 overdue</source>
        <extracomment>Membership fees: %1 outstanding, %2 of it overdue.</extracomment>
        <translation>未缴 %1，其中逾期 %2</translation>
    </message>
    <message>
        <source>%1 outstanding</source>
        <translation>未缴 %1</translation>
    </message>
    <message>
        <source>Paid up</source>
        <translation>已缴清</translation>
    </message>
    <message>
        <source>Membership fees</source>
        <extracomment>Membership fees outstanding (and overdue), as the fee statement says.</extracomment>
        <translation>会费</translation>
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
    <name>lx::models::OutboxModel</name>
    <message>
        <source>Draft for approval</source>
        <translation>提交复核的草稿</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Return to the maker</source>
        <translation>退回经办</translation>
    </message>
    <message>
        <source>Notarization of documents</source>
        <translation>单据存证</translation>
    </message>
    <message>
        <source>Waiting to be sent again (%1 attempts)</source>
        <translation>等待重新发送（已尝试 %1 次）</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Sent, waiting for its block</source>
        <translation>已发送，等待出块</translation>
    </message>
    <message>
        <source>Committed in block %1</source>
        <translation>已上链，区块 %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Invalid on the ledger (%1)</source>
        <translation>账本判定无效（%1）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waiting to be sent again (%1 attempts): %2</source>
        <translation>等待重新发送（已尝试 %1 次）：%2</translation>
    </message>
    <message>
        <source>Notary</source>
        <extracomment>The product of a notarization in the outbox: the trust chain&apos;s notary</extracomment>
        <translation>公证</translation>
    </message>
    <message>
        <source>%1, drafted for approval</source>
        <translation>%1，草稿待复核</translation>
    </message>
    <message>
        <source>%1 %2, drafted for approval</source>
        <translation>%1 %2，草稿待复核</translation>
    </message>
    <message>
        <source>Approval of draft %1 (%2 %3)</source>
        <translation>批准草稿 %1（%2 %3）</translation>
    </message>
    <message>
        <source>Draft %1 returned to the maker (%2 %3)</source>
        <translation>草稿 %1 已退回经办（%2 %3）</translation>
    </message>
    <message>
        <source>Notarization of the original L/C %1 (%2)</source>
        <translation>信用证 %1 正本公证（%2）</translation>
    </message>
    <message>
        <source>Notarization of the %1 %2 of %3</source>
        <translation>信用证 %3 项下%1公证（%2）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>The number of the record an action concerns: an L/C, guarantee, listing, deal or quote (zh: 业务编号)</extracomment>
        <translation>业务编号</translation>
    </message>
</context>
<context>
    <name>lx::models::ProductDraftText</name>
    <message>
        <source>L/C</source>
        <translation>信用证</translation>
    </message>
    <message>
        <source>Forfaiting</source>
        <translation>福费廷</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>保函</translation>
    </message>
    <message>
        <source>Quote board</source>
        <translation>统一报价</translation>
    </message>
    <message>
        <source>List claim for sale</source>
        <translation>挂牌转让债权</translation>
    </message>
    <message>
        <source>Quote on listing</source>
        <translation>对挂牌报价</translation>
    </message>
    <message>
        <source>Withdraw listing</source>
        <translation>撤回挂牌</translation>
    </message>
    <message>
        <source>Withdraw quote</source>
        <translation>撤回报价</translation>
    </message>
    <message>
        <source>Accept quote</source>
        <translation>接受报价</translation>
    </message>
    <message>
        <source>Notify claim transfer</source>
        <translation>发送债权转让通知</translation>
    </message>
    <message>
        <source>Acknowledge claim transfer</source>
        <translation>确认债权转让</translation>
    </message>
    <message>
        <source>Pay the net amount</source>
        <translation>支付净额</translation>
    </message>
    <message>
        <source>Pay at maturity</source>
        <translation>到期付款</translation>
    </message>
    <message>
        <source>Record overdue</source>
        <translation>记录逾期</translation>
    </message>
    <message>
        <source>Issue guarantee</source>
        <translation>开立保函</translation>
    </message>
    <message>
        <source>Advise guarantee</source>
        <translation>通知保函</translation>
    </message>
    <message>
        <source>Amend guarantee</source>
        <translation>修改保函</translation>
    </message>
    <message>
        <source>Answer amendment</source>
        <translation>答复修改</translation>
    </message>
    <message>
        <source>Present demand</source>
        <translation>提交索赔</translation>
    </message>
    <message>
        <source>Examine demand</source>
        <translation>审核索赔</translation>
    </message>
    <message>
        <source>Suspend payment (extend or pay)</source>
        <translation>暂停付款（展期或付款）</translation>
    </message>
    <message>
        <source>Extend expiry</source>
        <translation>延长有效期</translation>
    </message>
    <message>
        <source>Pay demand</source>
        <translation>支付索赔</translation>
    </message>
    <message>
        <source>Reduce amount</source>
        <translation>减少金额</translation>
    </message>
    <message>
        <source>Record release</source>
        <translation>记录解除</translation>
    </message>
    <message>
        <source>Record expiry</source>
        <translation>记录失效</translation>
    </message>
    <message>
        <source>Record stop-payment order</source>
        <translation>记录止付令</translation>
    </message>
    <message>
        <source>Lift stop-payment order</source>
        <translation>解除止付令</translation>
    </message>
    <message>
        <source>Post quote</source>
        <translation>发布报价</translation>
    </message>
    <message>
        <source>Report deal</source>
        <translation>报告成交</translation>
    </message>
    <message>
        <source>Other action</source>
        <translation>其他操作</translation>
    </message>
    <message>
        <source>Guarantee No.</source>
        <translation>保函编号</translation>
    </message>
    <message>
        <source>L/C No.</source>
        <translation>信用证号</translation>
    </message>
    <message>
        <source>Presentation No.</source>
        <translation>交单编号</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>债权</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>挂牌</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Forfaiting deal</source>
        <translation>福费廷交易</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用余额</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>票面金额</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>票面金额</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Discount rate (p.a.)</source>
        <translation>贴现率（年化）</translation>
    </message>
    <message>
        <source>Pricing method</source>
        <translation>计价方法</translation>
    </message>
    <message>
        <source>Day basis</source>
        <translation>计息天数基准</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>宽限天数</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>期限档</translation>
    </message>
    <message>
        <source>Tenor (days)</source>
        <translation>期限（天）</translation>
    </message>
    <message>
        <source>Obligor tier</source>
        <translation>债务行档次</translation>
    </message>
    <message>
        <source>Obligor bank</source>
        <translation>债务行</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>贴息</translation>
    </message>
    <message>
        <source>Days discounted</source>
        <translation>贴现天数</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Quoting bank</source>
        <translation>报价行</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translation>交易对手银行</translation>
    </message>
    <message>
        <source>Issuing bank</source>
        <translation>开立行</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>通知行</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有行</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>卖方</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买方</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>开立日期</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>失效方式</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>失效日</translation>
    </message>
    <message>
        <source>Expiry event</source>
        <translation>失效事件</translation>
    </message>
    <message>
        <source>Maturity date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>起息日</translation>
    </message>
    <message>
        <source>Trade date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Underlying contract</source>
        <translation>基础合同</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Reduction schedule</source>
        <translation>减额计划</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Inquiry only</source>
        <translation>仅询价</translation>
    </message>
    <message>
        <source>Quote revision</source>
        <translation>报价版本</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Demand No.</source>
        <translation>索赔编号</translation>
    </message>
    <message>
        <source>Complying</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>不符点</translation>
    </message>
    <message>
        <source>Suspended until</source>
        <translation>暂停至</translation>
    </message>
    <message>
        <source>New expiry date</source>
        <translation>新失效日</translation>
    </message>
    <message>
        <source>Reduction clause</source>
        <translation>减额条款</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s consent</source>
        <translation>受益人同意书</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>裁定书编号</translation>
    </message>
    <message>
        <source>Statement of breach</source>
        <translation>违约声明</translation>
    </message>
    <message>
        <source>Frozen by a court order</source>
        <translation>被法院止付冻结</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>索赔</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>增额</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>减额</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>保函形式</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>适用规则</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>收款行</translation>
    </message>
    <message>
        <source>Overdue since</source>
        <translation>逾期起始日</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>挂牌日期</translation>
    </message>
    <message>
        <source>Quoted on</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <source>Transfer notice date</source>
        <translation>转让通知日期</translation>
    </message>
    <message>
        <source>Transfer acknowledged on</source>
        <translation>转让确认日期</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>结算日期</translation>
    </message>
    <message>
        <source>Accepted quote</source>
        <translation>已接受的报价</translation>
    </message>
    <message>
        <source>Live listing</source>
        <translation>当前挂牌</translation>
    </message>
    <message>
        <source>Live deal</source>
        <translation>当前交易</translation>
    </message>
    <message>
        <source>Listings so far</source>
        <translation>历次挂牌数</translation>
    </message>
    <message>
        <source>Deals so far</source>
        <translation>历次交易数</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>历任持有行</translation>
    </message>
    <message>
        <source>Days to maturity</source>
        <translation>距到期天数</translation>
    </message>
    <message>
        <source>Posted at</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Withdrawn at</source>
        <translation>撤回时间</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Reporting bank</source>
        <translation>报告行</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Stop-payment orders</source>
        <translation>止付令</translation>
    </message>
    <message>
        <source>Examined on</source>
        <translation>审核日期</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>不定期</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>挂牌中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Bid guarantee</source>
        <translation>投标保函</translation>
    </message>
    <message>
        <source>Performance guarantee</source>
        <translation>履约保函</translation>
    </message>
    <message>
        <source>Advance payment guarantee</source>
        <translation>预付款保函</translation>
    </message>
    <message>
        <source>Payment guarantee</source>
        <translation>付款保函</translation>
    </message>
    <message>
        <source>Retention guarantee</source>
        <translation>留置金保函</translation>
    </message>
    <message>
        <source>Warranty guarantee</source>
        <translation>质量保函</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>按日期</translation>
    </message>
    <message>
        <source>On an event</source>
        <translation>按事件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>Straight discount</source>
        <translation>直接贴现</translation>
    </message>
    <message>
        <source>Discount to yield</source>
        <translation>收益率贴现</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已开立</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>Amendment pending</source>
        <translation>修改待确认</translation>
    </message>
    <message>
        <source>Demanded</source>
        <translation>已索赔</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>持有中</translation>
    </message>
    <message>
        <source>Under transfer</source>
        <translation>转让中</translation>
    </message>
    <message>
        <source>Transfer notified</source>
        <translation>已发转让通知</translation>
    </message>
    <message>
        <source>Transfer acknowledged</source>
        <translation>转让已确认</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直开</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Payment suspended</source>
        <translation>已暂停付款</translation>
    </message>
    <message>
        <source>Primary market</source>
        <translation>一级市场</translation>
    </message>
    <message>
        <source>Secondary market</source>
        <translation>二级市场</translation>
    </message>
    <message>
        <source>1-30 days</source>
        <translation>1-30天</translation>
    </message>
    <message>
        <source>31-90 days</source>
        <translation>31-90天</translation>
    </message>
    <message>
        <source>91-180 days</source>
        <translation>91-180天</translation>
    </message>
    <message>
        <source>181-270 days</source>
        <translation>181-270天</translation>
    </message>
    <message>
        <source>271-366 days</source>
        <translation>271-366天</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>客户身份识别</translation>
    </message>
    <message>
        <source>Attest KYC of a corporate</source>
        <translation>登记企业客户身份识别结论</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Attesting bank</source>
        <translation>出具银行</translation>
    </message>
    <message>
        <source>Attested at</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <source>KYC level</source>
        <translation>尽职调查等级</translation>
    </message>
    <message>
        <source>Evidence (SHA-256 of the KYC file)</source>
        <translation>证据（客户身份识别档案的 SHA-256 哈希）</translation>
    </message>
</context>
<context>
    <name>lx::models::ProposalListModel</name>
    <message>
        <source>Proposal</source>
        <extracomment>The proposal&apos;s number, e.g. GOV-0001.</extracomment>
        <translation>提案</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>What a proposal decides.</extracomment>
        <translation>类别</translation>
    </message>
    <message>
        <source>Subject</source>
        <extracomment>The member a proposal is about.</extracomment>
        <translation>对象</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>计票</translation>
    </message>
    <message>
        <source>Voting until</source>
        <extracomment>The last day (China time) a vote on the proposal counts.</extracomment>
        <translation>表决截止</translation>
    </message>
</context>
<context>
    <name>lx::models::QuoteBoardModel</name>
    <message>
        <source>Tenor</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Obligor tier</source>
        <translation>债务人等级</translation>
    </message>
    <message>
        <source>Best bid</source>
        <translation>最优买价</translation>
    </message>
    <message>
        <source>Bidding banks</source>
        <translation>买入报价银行</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>买入笔数</translation>
    </message>
    <message>
        <source>Bid amount</source>
        <translation>买入金额</translation>
    </message>
    <message>
        <source>Best offer</source>
        <translation>最优卖价</translation>
    </message>
    <message>
        <source>Offering banks</source>
        <translation>卖出报价银行</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>卖出笔数</translation>
    </message>
    <message>
        <source>Offer amount</source>
        <translation>卖出金额</translation>
    </message>
    <message>
        <source>Deals (30 d)</source>
        <extracomment>Deals traded in the board&apos;s window (30 days).</extracomment>
        <translation>成交笔数（30天）</translation>
    </message>
    <message>
        <source>Deal volume</source>
        <translation>成交金额</translation>
    </message>
</context>
<context>
    <name>lx::models::QuoteDraft</name>
    <message>
        <source>%1: enter an amount.</source>
        <translation>%1：请输入金额。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rate: enter the discount rate in percent per annum, e.g. 3.25.</source>
        <translation>利率：请输入年贴现率（百分比），例如 3.25。</translation>
    </message>
    <message>
        <source>Rate: &quot;%1&quot; is not a rate; type percent per annum above 0 and at most 100, with at most four decimals.</source>
        <translation>利率：“%1”不是有效利率；请输入大于0且不超过100的年百分比，最多四位小数。</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>票面金额</translation>
    </message>
</context>
<context>
    <name>lx::models::QuoteListModel</name>
    <message>
        <source>%1 (L/C %2)</source>
        <extracomment>A deal quote&apos;s tenor bucket and the L/C whose claim it prices.</extracomment>
        <translation>%1（信用证 %2）</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <extracomment>The signed-in bank&apos;s own quote in the list of live quotes.</extracomment>
        <translation>%1（本行）</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Obligor tier</source>
        <translation>债务人等级</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Rate p.a.</source>
        <translation>年利率</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>贴现方式</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>宽限天数</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Quoting bank</source>
        <translation>报价银行</translation>
    </message>
</context>
<context>
    <name>lx::models::QuoteText</name>
    <message>
        <source>Bid (buy)</source>
        <extracomment>A quote to buy forfaiting claims at a discount rate.</extracomment>
        <translation>买入报价</translation>
    </message>
    <message>
        <source>Offer (sell)</source>
        <extracomment>A quote to sell forfaiting claims at a discount rate.</extracomment>
        <translation>卖出报价</translation>
    </message>
    <message>
        <source>Straight discount</source>
        <translation>直接贴现</translation>
    </message>
    <message>
        <source>Discount to yield</source>
        <translation>收益率贴现</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <extracomment>An obligor bank&apos;s tier in the membership registry (1 strongest .. 5).</extracomment>
        <translation>%1级</translation>
    </message>
    <message>
        <source>%1 days</source>
        <extracomment>A tenor bucket: remaining days to maturity, e.g. &quot;91-180 days&quot;.</extracomment>
        <translation>%1天</translation>
    </message>
</context>
<context>
    <name>lx::models::ReasonCatalog</name>
    <message>
        <source>The ledger refused the action (%1).</source>
        <translation>账本拒绝了此操作（%1）。</translation>
    </message>
    <message>
        <source>Another bank must take this step: your bank has no part in it for this L/C.</source>
        <translation>此步骤须由另一家银行办理：贵行在本信用证中不承担该角色。</translation>
    </message>
    <message>
        <source>The regulator reads every L/C but changes nothing.</source>
        <translation>监管机构可查阅所有信用证，但不能做任何修改。</translation>
    </message>
    <message>
        <source>Only member banks act on letters of credit.</source>
        <translation>只有成员银行可以办理信用证业务。</translation>
    </message>
    <message>
        <source>Only a trade-finance officer drafts L/C actions; sign in as an officer.</source>
        <translation>只有贸易融资经办人员可以起草信用证操作，请以经办身份登录。</translation>
    </message>
    <message>
        <source>Only a checker approves or returns drafts; sign in as a checker.</source>
        <translation>只有复核人员可以批准或退回草稿，请以复核身份登录。</translation>
    </message>
    <message>
        <source>You drafted this yourself; another checker of your bank must approve it.</source>
        <translation>此草稿由您本人起草，须由本行另一名复核人员批准。</translation>
    </message>
    <message>
        <source>Your bank has no such draft; it may have been withdrawn.</source>
        <translation>本行没有此草稿，可能已被撤回。</translation>
    </message>
    <message>
        <source>This draft was approved or returned already; the maker submits a new one.</source>
        <translation>此草稿已被批准或退回，请经办人员重新提交。</translation>
    </message>
    <message>
        <source>The draft must travel in the private part of the proposal, never in its arguments.</source>
        <translation>草稿必须放在提案的私有部分（瞬态数据）中传送，不得放在参数中。</translation>
    </message>
    <message>
        <source>Tell the maker what to correct: a returned draft needs a comment.</source>
        <translation>请说明经办人员需要更正的内容：退回草稿须附意见。</translation>
    </message>
    <message>
        <source>The draft carries no action.</source>
        <translation>该草稿没有包含任何操作。</translation>
    </message>
    <message>
        <source>There is no L/C with this number.</source>
        <translation>没有此编号的信用证。</translation>
    </message>
    <message>
        <source>An L/C with this number exists already; choose another number.</source>
        <translation>此编号的信用证已存在，请使用其他编号。</translation>
    </message>
    <message>
        <source>The L/C is not in a state that allows this step.</source>
        <translation>信用证当前状态不允许此操作。</translation>
    </message>
    <message>
        <source>Unknown L/C state; choose one from the list.</source>
        <translation>未知的信用证状态，请从列表中选择。</translation>
    </message>
    <message>
        <source>The ledger record of this L/C cannot be read; tell your administrator.</source>
        <translation>无法读取此信用证的账本记录，请联系管理员。</translation>
    </message>
    <message>
        <source>A presentation is still open or unpaid; settle it first.</source>
        <translation>尚有未处理或未付款的交单，请先办结。</translation>
    </message>
    <message>
        <source>Documents were presented under this L/C: it can no longer be cancelled, only closed.</source>
        <translation>此信用证项下已有交单，不能再撤销，只能闭卷。</translation>
    </message>
    <message>
        <source>The L/C is irrevocable and advised: cancelling it needs the beneficiary&apos;s written consent.</source>
        <translation>信用证不可撤销且已通知，撤销须有受益人的书面同意。</translation>
    </message>
    <message>
        <source>The L/C is still valid; record its expiry from the day after the expiry date.</source>
        <translation>信用证仍在有效期内，请在到期日次日起登记失效。</translation>
    </message>
    <message>
        <source>A domestic L/C carries the title 国内信用证.</source>
        <translation>国内信用证须载明“国内信用证”字样。</translation>
    </message>
    <message>
        <source>Give the L/C number: 1 to 35 letters, digits, &apos;-&apos; or &apos;/&apos;.</source>
        <translation>请填写信用证编号：1至35个字母、数字、“-”或“/”。</translation>
    </message>
    <message>
        <source>A domestic L/C is irrevocable.</source>
        <translation>国内信用证为不可撤销信用证。</translation>
    </message>
    <message>
        <source>A domestic L/C is in renminbi (CNY) only.</source>
        <translation>国内信用证只能以人民币（CNY）开立。</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The amount is more than the available balance plus tolerance.</source>
        <translation>金额超过可用余额加溢装幅度。</translation>
    </message>
    <message>
        <source>A tolerance is a percentage from 0 to 100.</source>
        <translation>溢短装幅度为0至100之间的百分比。</translation>
    </message>
    <message>
        <source>Give each party&apos;s name, unified social credit code, account and account bank.</source>
        <translation>请填写各当事人的名称、统一社会信用代码、账号及开户行。</translation>
    </message>
    <message>
        <source>A party&apos;s unified social credit code is not valid.</source>
        <translation>当事人的统一社会信用代码无效。</translation>
    </message>
    <message>
        <source>Name the issuing and the advising bank.</source>
        <translation>请指定开证行和通知行。</translation>
    </message>
    <message>
        <source>A confirmable L/C names its confirming bank.</source>
        <translation>可保兑信用证须指定保兑行。</translation>
    </message>
    <message>
        <source>A negotiable L/C names its negotiating bank, or any bank.</source>
        <translation>可议付信用证须指定议付行，或注明任何银行。</translation>
    </message>
    <message>
        <source>A transferable L/C names its one transferring bank.</source>
        <translation>可转让信用证须指定唯一的转让行。</translation>
    </message>
    <message>
        <source>A date is missing or not a calendar day.</source>
        <translation>日期缺失或不是有效的日历日期。</translation>
    </message>
    <message>
        <source>The expiry date must come after the issue date.</source>
        <translation>有效期须晚于开证日期。</translation>
    </message>
    <message>
        <source>The new expiry date has passed already.</source>
        <translation>新的有效期已经过去。</translation>
    </message>
    <message>
        <source>Give the place of expiry.</source>
        <translation>请填写有效地点。</translation>
    </message>
    <message>
        <source>The latest shipment date cannot be after the expiry date.</source>
        <translation>最迟装运日不得晚于有效期。</translation>
    </message>
    <message>
        <source>Choose the payment term: at sight or deferred.</source>
        <translation>请选择付款期限：即期或远期。</translation>
    </message>
    <message>
        <source>A deferred payment needs its maturity: days after a date, or a fixed date.</source>
        <translation>远期付款须注明到期日：某日期后若干天，或固定日期。</translation>
    </message>
    <message>
        <source>The maturity cannot be computed from the dates given.</source>
        <translation>根据所给日期无法计算到期日。</translation>
    </message>
    <message>
        <source>A deferred payment term is at most one year.</source>
        <translation>远期付款期限最长为一年。</translation>
    </message>
    <message>
        <source>Give the presentation period in days after shipment.</source>
        <translation>请填写装运后的交单期（天数）。</translation>
    </message>
    <message>
        <source>Describe the goods or services.</source>
        <translation>请填写货物或服务描述。</translation>
    </message>
    <message>
        <source>List the documents required, or attach the documents presented.</source>
        <translation>请列明所需单据，或附上所交单据。</translation>
    </message>
    <message>
        <source>Say who bears the charges.</source>
        <translation>请注明费用由谁承担。</translation>
    </message>
    <message>
        <source>An amendment must change at least one term.</source>
        <translation>修改须至少变更一项条款。</translation>
    </message>
    <message>
        <source>There is no amendment with this number waiting for an answer.</source>
        <translation>没有此编号的待答复修改。</translation>
    </message>
    <message>
        <source>An amendment is accepted or rejected whole; accepting part of it counts as rejection.</source>
        <translation>修改须全部接受或全部拒绝；部分接受视为拒绝。</translation>
    </message>
    <message>
        <source>There is no presentation with this number.</source>
        <translation>没有此编号的交单。</translation>
    </message>
    <message>
        <source>The L/C has expired: documents can no longer be presented.</source>
        <translation>信用证已过有效期，不能再交单。</translation>
    </message>
    <message>
        <source>The documents came after the presentation period following shipment.</source>
        <translation>单据在装运后的交单期之后才提交。</translation>
    </message>
    <message>
        <source>The shipment date is after the latest shipment date.</source>
        <translation>装运日期晚于最迟装运日。</translation>
    </message>
    <message>
        <source>The L/C prohibits partial shipments and has been drawn already.</source>
        <translation>信用证不允许分批装运，且已经支款。</translation>
    </message>
    <message>
        <source>Each document needs its type, file name and SHA-256 hash.</source>
        <translation>每份单据须有类型、文件名和SHA-256哈希值。</translation>
    </message>
    <message>
        <source>The five business days for examination have passed; the documents can no longer be refused.</source>
        <translation>5个营业日的审单期限已过，不能再拒付。</translation>
    </message>
    <message>
        <source>A complying presentation lists no discrepancies.</source>
        <translation>相符交单不应列明不符点。</translation>
    </message>
    <message>
        <source>A refusal lists every discrepancy, in one notice.</source>
        <translation>拒付须在一份通知中列明全部不符点。</translation>
    </message>
    <message>
        <source>Say whether the documents are held or returned.</source>
        <translation>请注明单据是留存还是退回。</translation>
    </message>
    <message>
        <source>A waiver needs the applicant&apos;s written acceptance; give its reference.</source>
        <translation>接受不符点须有申请人的书面同意，请填写其编号。</translation>
    </message>
    <message>
        <source>This L/C pays at sight: pay the presentation instead.</source>
        <translation>此信用证为即期付款，请直接付款。</translation>
    </message>
    <message>
        <source>The payment is not due yet; pay on the maturity date.</source>
        <translation>付款尚未到期，请于到期日付款。</translation>
    </message>
    <message>
        <source>This file was never notarized on the trust chain.</source>
        <translation>此文件从未在信任链上存证。</translation>
    </message>
    <message>
        <source>This document is notarized already under this L/C.</source>
        <translation>此单据已在本信用证项下存证。</translation>
    </message>
    <message>
        <source>A document hash is 32 bytes (SHA-256).</source>
        <translation>单据哈希值为32字节（SHA-256）。</translation>
    </message>
    <message>
        <source>Give the document&apos;s type.</source>
        <translation>请填写单据类型。</translation>
    </message>
    <message>
        <source>Give the L/C the document belongs to.</source>
        <translation>请填写单据所属的信用证。</translation>
    </message>
    <message>
        <source>Give the issuing bank of the L/C.</source>
        <translation>请填写信用证的开证行。</translation>
    </message>
    <message>
        <source>A bank notarizes documents for itself only.</source>
        <translation>银行只能为本行存证单据。</translation>
    </message>
    <message>
        <source>The regulator and the secretariat read notarizations but record none.</source>
        <translation>监管机构和秘书处可查阅存证，但不能存证。</translation>
    </message>
    <message>
        <source>A bank sees the duplicate-document flags of its own L/Cs only.</source>
        <translation>银行只能查看本行信用证的重复单据提示。</translation>
    </message>
    <message>
        <source>A notary record cannot be read; tell your administrator.</source>
        <translation>无法读取存证记录，请联系管理员。</translation>
    </message>
    <message>
        <source>No bank has attested this corporate&apos;s KYC.</source>
        <translation>尚无银行为该企业出具KYC证明。</translation>
    </message>
    <message>
        <source>Only the bank that attested can change its attestation.</source>
        <translation>只有出具证明的银行可以修改其证明。</translation>
    </message>
    <message>
        <source>A bank attests for itself only.</source>
        <translation>银行只能以本行名义出具证明。</translation>
    </message>
    <message>
        <source>The regulator and the secretariat read attestations but make none.</source>
        <translation>监管机构和秘书处可查阅证明，但不能出具。</translation>
    </message>
    <message>
        <source>Give the KYC file&apos;s SHA-256 hash, never the file.</source>
        <translation>请提供KYC文件的SHA-256哈希值，不要提供文件本身。</translation>
    </message>
    <message>
        <source>The KYC level is SDD, CDD or EDD.</source>
        <translation>KYC等级为SDD、CDD或EDD。</translation>
    </message>
    <message>
        <source>The attestation must be valid beyond today; set a validity date in the future.</source>
        <translation>证明的有效期须晚于今天，请设定未来的有效日期。</translation>
    </message>
    <message>
        <source>Give the corporate&apos;s registered name as on its business licence.</source>
        <translation>请填写营业执照上的企业注册名称。</translation>
    </message>
    <message>
        <source>This member is registered already.</source>
        <translation>该成员已登记。</translation>
    </message>
    <message>
        <source>There is no member with this ID.</source>
        <translation>没有此编号的成员。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation>统一社会信用代码为18位。</translation>
    </message>
    <message>
        <source>The code uses digits and capital letters other than I, O, Z, S and V.</source>
        <translation>代码由数字和除I、O、Z、S、V以外的大写字母组成。</translation>
    </message>
    <message>
        <source>The first character is no registration authority code (1-9, A, N or Y).</source>
        <translation>第1位不是有效的登记管理部门代码（1-9、A、N或Y）。</translation>
    </message>
    <message>
        <source>The second character (organization type) does not fit the registration authority.</source>
        <translation>第2位（机构类别）与登记管理部门不符。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 must be an administrative division code (six digits of a province, city and county).</source>
        <translation>第3至8位须为行政区划代码（省、市、县六位数字）。</translation>
    </message>
    <message>
        <source>The organization code (characters 9 to 17) fails its check character: look for a typing error.</source>
        <translation>组织机构代码（第9至17位）校验码不符，请检查是否输入有误。</translation>
    </message>
    <message>
        <source>The last character does not match the code: look for a typing error.</source>
        <translation>最后一位校验码与代码不符，请检查是否输入有误。</translation>
    </message>
    <message>
        <source>The request was malformed; update LianXin or tell your administrator.</source>
        <translation>请求格式有误，请更新联信或联系管理员。</translation>
    </message>
    <message>
        <source>The ledger does not know this request; update LianXin.</source>
        <translation>账本不识别此请求，请更新联信。</translation>
    </message>
    <message>
        <source>The contract refused without a reason code.</source>
        <translation>合约拒绝了此操作，但未给出原因代码。</translation>
    </message>
    <message>
        <source>The transaction was ordered but not valid (another change came first); do it again.</source>
        <translation>交易已排序但无效（有其他变更在先），请重新操作。</translation>
    </message>
    <message>
        <source>This transaction is on the ledger already.</source>
        <translation>此交易已在账本上。</translation>
    </message>
    <message>
        <source>The ledger has no such transaction.</source>
        <translation>账本上没有此交易。</translation>
    </message>
    <message>
        <source>The ledger did not confirm in time; the action stays queued and is checked again.</source>
        <translation>账本未能及时确认，该操作仍在队列中，将再次核查。</translation>
    </message>
    <message>
        <source>The ledger is closing; the action stays queued.</source>
        <translation>账本正在关闭，该操作仍在队列中。</translation>
    </message>
    <message>
        <source>Another LianXin process holds this sandbox ledger; close it first.</source>
        <translation>另一个联信进程正在使用此沙箱账本，请先将其关闭。</translation>
    </message>
    <message>
        <source>The ledger cannot be reached; actions wait in the outbox.</source>
        <translation>无法连接账本，操作在发件箱中等待。</translation>
    </message>
    <message>
        <source>A signature did not verify; your identity may not belong to this consortium.</source>
        <translation>签名验证失败，您的身份可能不属于本联盟。</translation>
    </message>
    <message>
        <source>Your identity is not a member of this channel.</source>
        <translation>您的身份不是此通道的成员。</translation>
    </message>
    <message>
        <source>An endorsing organization is not a member of this channel.</source>
        <translation>背书机构不是此通道的成员。</translation>
    </message>
    <message>
        <source>There is no such channel.</source>
        <translation>没有此通道。</translation>
    </message>
    <message>
        <source>There is no such contract on this channel.</source>
        <translation>此通道上没有此合约。</translation>
    </message>
    <message>
        <source>This private data is held by another bank.</source>
        <translation>此私有数据由另一家银行持有。</translation>
    </message>
    <message>
        <source>The proposal was malformed; update LianXin.</source>
        <translation>提案格式有误，请更新联信。</translation>
    </message>
    <message>
        <source>A stored proposal is unreadable; the cache may be damaged.</source>
        <translation>已保存的提案无法读取，本地缓存可能已损坏。</translation>
    </message>
    <message>
        <source>The transaction was malformed; update LianXin.</source>
        <translation>交易格式有误，请更新联信。</translation>
    </message>
    <message>
        <source>The ledger&apos;s answer could not be read.</source>
        <translation>无法读取账本的应答。</translation>
    </message>
    <message>
        <source>Another bank must take this step in this forfaiting deal; your bank has no part in it.</source>
        <translation>此步骤须由另一家银行办理：本行在该福费廷交易中没有此角色。</translation>
    </message>
    <message>
        <source>The claim, listing, quote or deal is not in a state that allows this step.</source>
        <translation>该债权、挂牌、报价或交易当前的状态不允许此步骤。</translation>
    </message>
    <message>
        <source>Only the bank that holds the claim may list or sell it.</source>
        <translation>只有持有该债权的银行才能挂牌或转让。</translation>
    </message>
    <message>
        <source>This listing is your bank&apos;s own; other banks quote on it.</source>
        <translation>这是本行自己的挂牌，由其他银行报价。</translation>
    </message>
    <message>
        <source>Name the claim: the L/C number and the presentation number.</source>
        <translation>请指明债权：信用证号和交单编号。</translation>
    </message>
    <message>
        <source>There is no forfaiting claim with this number.</source>
        <translation>没有此编号的福费廷债权。</translation>
    </message>
    <message>
        <source>There is no listing with this number.</source>
        <translation>没有此编号的挂牌。</translation>
    </message>
    <message>
        <source>There is no quote with this number.</source>
        <translation>没有此编号的报价。</translation>
    </message>
    <message>
        <source>There is no forfaiting deal with this number.</source>
        <translation>没有此编号的福费廷交易。</translation>
    </message>
    <message>
        <source>Unknown listing state; choose open, withdrawn or agreed.</source>
        <translation>未知的挂牌状态，请选择挂牌中、已撤回或已成交。</translation>
    </message>
    <message>
        <source>There is no L/C with this number on the L/C channel; check the number.</source>
        <translation>信用证通道上没有此编号的信用证，请核对编号。</translation>
    </message>
    <message>
        <source>The L/C channel could not be read just now; try again later.</source>
        <translation>暂时无法读取信用证通道，请稍后再试。</translation>
    </message>
    <message>
        <source>The L/C&apos;s record on the L/C channel cannot be read; tell your administrator.</source>
        <translation>信用证通道上该信用证的记录无法读取，请通知管理员。</translation>
    </message>
    <message>
        <source>The L/C has no presentation with this number.</source>
        <translation>该信用证没有此编号的交单。</translation>
    </message>
    <message>
        <source>This L/C pays at sight: there is no deferred payment to finance.</source>
        <translation>该信用证为即期付款，没有可融资的远期付款。</translation>
    </message>
    <message>
        <source>Only a presentation whose payment at maturity the issuing bank has confirmed can be financed.</source>
        <translation>只有开证行已作到期付款确认的交单才能融资。</translation>
    </message>
    <message>
        <source>The payment confirmation names no maturity date, so the claim cannot be priced.</source>
        <translation>到期付款确认中没有到期日，无法为该债权定价。</translation>
    </message>
    <message>
        <source>The claim has matured: it is no longer transferred, the obligor pays its holder.</source>
        <translation>该债权已到期，不再转让，由债务行向持有人付款。</translation>
    </message>
    <message>
        <source>The claim has been paid already.</source>
        <translation>该债权已付款。</translation>
    </message>
    <message>
        <source>The claim is recorded as overdue already.</source>
        <translation>该债权已记为逾期。</translation>
    </message>
    <message>
        <source>This claim is sold or on offer already: one claim is financed once at a time.</source>
        <translation>该债权已售出或正在挂牌：同一债权同一时间只能融资一次。</translation>
    </message>
    <message>
        <source>The claim is not due yet; pay it on or after its maturity date.</source>
        <translation>该债权尚未到期，请在到期日当天或之后付款。</translation>
    </message>
    <message>
        <source>The claim is not overdue yet: its grace days have not run out.</source>
        <translation>该债权尚未逾期：宽限期还没有结束。</translation>
    </message>
    <message>
        <source>Quote a discount rate above 0% and at most 100% per annum.</source>
        <translation>请报大于0%且不超过年化100%的贴现率。</translation>
    </message>
    <message>
        <source>Choose how the rate applies: straight discount or discount to yield.</source>
        <translation>请选择利率的计算方法：直接贴现或收益率贴现。</translation>
    </message>
    <message>
        <source>CNY claims are discounted on a 360-day year.</source>
        <translation>人民币债权按一年360天计算贴息。</translation>
    </message>
    <message>
        <source>Grace days run from 0 to 90.</source>
        <translation>宽限天数为0至90天。</translation>
    </message>
    <message>
        <source>Fees cannot be negative.</source>
        <translation>费用不能为负数。</translation>
    </message>
    <message>
        <source>Give the value date, the day the buyer pays.</source>
        <translation>请填写起息日，即买方付款的日期。</translation>
    </message>
    <message>
        <source>The value date has passed; choose today or a later day.</source>
        <translation>起息日已过，请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>The value date must come before the claim&apos;s maturity.</source>
        <translation>起息日必须早于债权到期日。</translation>
    </message>
    <message>
        <source>A quote must stay valid until a time after now.</source>
        <translation>报价的有效期必须晚于当前时间。</translation>
    </message>
    <message>
        <source>Your bank has a live quote on this listing; withdraw it before quoting again.</source>
        <translation>本行对该挂牌已有有效报价，请先撤回再重新报价。</translation>
    </message>
    <message>
        <source>The quote is no longer valid; ask the quoting bank for a new one.</source>
        <translation>该报价已失效，请向报价行索取新报价。</translation>
    </message>
    <message>
        <source>The quote has changed since you saw it; review the new price before accepting it.</source>
        <translation>报价在您查看后已有变更，请先核对新价格再接受。</translation>
    </message>
    <message>
        <source>The face value must be above zero.</source>
        <translation>票面金额必须大于零。</translation>
    </message>
    <message>
        <source>The rate must be from 0 to 100% per annum.</source>
        <translation>利率须在年化0%至100%之间。</translation>
    </message>
    <message>
        <source>The claim matures on or before the value date: there are no days to discount.</source>
        <translation>债权在起息日当天或之前到期，没有可贴现的天数。</translation>
    </message>
    <message>
        <source>Discount and fees take the whole face value; check the rate, the days and the fees.</source>
        <translation>贴息和费用已超过票面金额，请核对利率、天数和费用。</translation>
    </message>
    <message>
        <source>Another bank must take this step for this guarantee; your bank has no part in it.</source>
        <translation>此步骤须由另一家银行办理：本行在该保函中没有此角色。</translation>
    </message>
    <message>
        <source>The guarantee is not in a state that allows this step.</source>
        <translation>该保函当前的状态不允许此步骤。</translation>
    </message>
    <message>
        <source>The draft carries no guarantee action.</source>
        <translation>该草稿没有包含保函业务操作。</translation>
    </message>
    <message>
        <source>There is no guarantee with this number.</source>
        <translation>没有此编号的保函。</translation>
    </message>
    <message>
        <source>A guarantee with this number exists already; choose another number.</source>
        <translation>此编号的保函已存在，请另选编号。</translation>
    </message>
    <message>
        <source>The ledger record of this guarantee cannot be read; tell your administrator.</source>
        <translation>该保函的账本记录无法读取，请通知管理员。</translation>
    </message>
    <message>
        <source>Unknown guarantee state; choose one from the list.</source>
        <translation>未知的保函状态，请从列表中选择。</translation>
    </message>
    <message>
        <source>Give the guarantee a number.</source>
        <translation>请填写保函编号。</translation>
    </message>
    <message>
        <source>Choose the guarantee type: bid, performance, advance payment, payment, retention or warranty.</source>
        <translation>请选择保函类型：投标、履约、预付款、付款、留置金或质量保函。</translation>
    </message>
    <message>
        <source>Guarantees are in renminbi (CNY) only.</source>
        <translation>保函只能以人民币（CNY）开立。</translation>
    </message>
    <message>
        <source>The amount must be above zero and at most the amount available.</source>
        <translation>金额必须大于零且不超过可用余额。</translation>
    </message>
    <message>
        <source>Name both the applicant and the beneficiary.</source>
        <translation>请填写申请人和受益人。</translation>
    </message>
    <message>
        <source>Name an advising bank other than the issuing bank.</source>
        <translation>请指定开立行以外的通知行。</translation>
    </message>
    <message>
        <source>Give the reference of the underlying contract the guarantee secures.</source>
        <translation>请填写保函所担保的基础合同编号。</translation>
    </message>
    <message>
        <source>Choose how the guarantee expires: on a date, on an event, or open-ended.</source>
        <translation>请选择保函的失效方式：按日期、按事件或不定期。</translation>
    </message>
    <message>
        <source>An expiry by date needs an expiry date after today.</source>
        <translation>按日期失效的保函，失效日须晚于今天。</translation>
    </message>
    <message>
        <source>An expiry by event needs the event described (e.g. the taking-over certificate).</source>
        <translation>按事件失效的保函须写明该事件（例如接收证书）。</translation>
    </message>
    <message>
        <source>Each reduction clause needs a date and an amount above zero.</source>
        <translation>每个减额条款都须有日期和大于零的金额。</translation>
    </message>
    <message>
        <source>The decrease would leave nothing available; release or reduce the guarantee instead.</source>
        <translation>此次减额后将没有可用余额，请改为办理保函解除或减额。</translation>
    </message>
    <message>
        <source>The guarantee has expired: a demand must be received on or before the expiry date.</source>
        <translation>保函已失效：索赔须在失效日当天或之前收到。</translation>
    </message>
    <message>
        <source>The demand is for more than the amount available under the guarantee.</source>
        <translation>索赔金额超过保函的可用余额。</translation>
    </message>
    <message>
        <source>A demand carries the beneficiary&apos;s statement saying how the applicant is in breach.</source>
        <translation>索赔须附受益人说明申请人违约情况的声明。</translation>
    </message>
    <message>
        <source>Each supporting document needs its SHA-256 hash.</source>
        <translation>每份随附单据都须提供其SHA-256哈希值。</translation>
    </message>
    <message>
        <source>An extend-or-pay demand asks for a new expiry date later than the current one.</source>
        <translation>展期或付款索赔所要求的新失效日须晚于当前失效日。</translation>
    </message>
    <message>
        <source>The guarantee has no demand with this number.</source>
        <translation>该保函没有此编号的索赔。</translation>
    </message>
    <message>
        <source>A demand under this guarantee is still open; settle it first.</source>
        <translation>该保函下仍有未结索赔，请先处理。</translation>
    </message>
    <message>
        <source>A complying demand lists no discrepancies; remove them or reject the demand.</source>
        <translation>相符索赔不应列出不符点，请删除不符点或拒绝该索赔。</translation>
    </message>
    <message>
        <source>A rejection lists every discrepancy, in one notice.</source>
        <translation>拒绝须在一次通知中列明全部不符点。</translation>
    </message>
    <message>
        <source>The five business days for examination have passed; the demand can no longer be rejected.</source>
        <translation>五个工作日的审核期已过，不能再拒绝该索赔。</translation>
    </message>
    <message>
        <source>Payment may be suspended only on an extend-or-pay demand.</source>
        <translation>只有展期或付款索赔才能暂停付款。</translation>
    </message>
    <message>
        <source>Payment may be suspended for at most 30 calendar days after the demand was received.</source>
        <translation>付款最多可在收到索赔后暂停30个日历日。</translation>
    </message>
    <message>
        <source>The suspension has ended; the demand must now be paid.</source>
        <translation>暂停期已结束，现在必须支付该索赔。</translation>
    </message>
    <message>
        <source>A court&apos;s stop-payment order freezes this guarantee; nothing may be paid until it is lifted.</source>
        <translation>法院的止付令已冻结该保函，解除前不得付款。</translation>
    </message>
    <message>
        <source>A stop-payment order freezes this guarantee already.</source>
        <translation>该保函已被止付令冻结。</translation>
    </message>
    <message>
        <source>The guarantee is not frozen.</source>
        <translation>该保函未被冻结。</translation>
    </message>
    <message>
        <source>Name the court and the number of its order.</source>
        <translation>请填写法院名称及其裁定书编号。</translation>
    </message>
    <message>
        <source>The guarantee has no reduction clause with this number.</source>
        <translation>该保函没有此编号的减额条款。</translation>
    </message>
    <message>
        <source>This reduction clause has been applied already.</source>
        <translation>该减额条款已执行。</translation>
    </message>
    <message>
        <source>The reduction clause is not in effect yet; apply it on or after its date.</source>
        <translation>该减额条款尚未生效，请在其日期当天或之后执行。</translation>
    </message>
    <message>
        <source>A reduction outside the schedule needs the beneficiary&apos;s consent; give its reference.</source>
        <translation>减额计划以外的减额须经受益人同意，请填写同意书编号。</translation>
    </message>
    <message>
        <source>This guarantee has no expiry date; it ends by release, by payment or by its event.</source>
        <translation>该保函没有失效日，因解除、付款或约定事件而终止。</translation>
    </message>
    <message>
        <source>The guarantee is still valid; record its expiry from the day after the expiry date.</source>
        <translation>该保函仍在有效期内，请在失效日次日起记录失效。</translation>
    </message>
    <message>
        <source>A bank posts, withdraws and reports on the quote board for itself only.</source>
        <translation>银行只能以本行名义在统一报价板上发布、撤回报价和报告交易。</translation>
    </message>
    <message>
        <source>Say whether your bank buys or sells claims at this rate.</source>
        <translation>请说明本行按此利率买入还是卖出债权。</translation>
    </message>
    <message>
        <source>Name the obligor bank, or its tier.</source>
        <translation>请填写债务行或其评级档次。</translation>
    </message>
    <message>
        <source>The obligor is not in the consortium&apos;s membership registry; name a member bank.</source>
        <translation>债务行不在联盟成员名录中，请指定成员银行。</translation>
    </message>
    <message>
        <source>The obligor must be a bank: the bank that pays the claim at maturity.</source>
        <translation>债务人必须是银行，即到期支付该债权的银行。</translation>
    </message>
    <message>
        <source>The membership registry did not answer; give the obligor tier instead, or try again.</source>
        <translation>成员名录没有响应，请改填债务行档次或稍后再试。</translation>
    </message>
    <message>
        <source>The obligor tier is one of the registry&apos;s tiers, 1 (strongest) to 5.</source>
        <translation>债务行档次须为名录中的1（最优）至5档。</translation>
    </message>
    <message>
        <source>The membership registry puts the obligor in another tier; leave the tier out or correct it.</source>
        <translation>成员名录中该债务行属于其他档次，请不填档次或予以更正。</translation>
    </message>
    <message>
        <source>Choose the tenor bucket: 1-30, 31-90, 91-180, 181-270 or 271-366 days.</source>
        <translation>请选择期限档：1-30、31-90、91-180、181-270或271-366天。</translation>
    </message>
    <message>
        <source>The tenor does not match the days to maturity; leave it out or correct it.</source>
        <translation>期限档与距到期天数不符，请不填或予以更正。</translation>
    </message>
    <message>
        <source>A discount rate is above 0% and at most 100% per annum.</source>
        <translation>贴现率须大于0%且不超过年化100%。</translation>
    </message>
    <message>
        <source>CNY forfaiting counts interest on a 360-day year.</source>
        <translation>人民币福费廷按一年360天计息。</translation>
    </message>
    <message>
        <source>Grace days run from 0 to 30.</source>
        <translation>宽限天数为0至30天。</translation>
    </message>
    <message>
        <source>The amount available at this rate must be above zero.</source>
        <translation>按此利率可成交的金额必须大于零。</translation>
    </message>
    <message>
        <source>The quote&apos;s validity has passed; give a validity in the future.</source>
        <translation>报价有效期已过，请填写将来的有效期。</translation>
    </message>
    <message>
        <source>A quote on one claim names the L/C number, the face amount and the maturity date, all three.</source>
        <translation>针对单笔债权的报价须同时填写信用证号、票面金额和到期日。</translation>
    </message>
    <message>
        <source>The face amount of the claim must be above zero.</source>
        <translation>债权的票面金额必须大于零。</translation>
    </message>
    <message>
        <source>The maturity date is not a calendar day.</source>
        <translation>到期日不是有效的日历日期。</translation>
    </message>
    <message>
        <source>A claim on the board matures in 1 to 366 days.</source>
        <translation>报价板上的债权须在1至366天内到期。</translation>
    </message>
    <message>
        <source>This quote is on the board already.</source>
        <translation>该报价已在报价板上。</translation>
    </message>
    <message>
        <source>There is no quote with this number on the board.</source>
        <translation>报价板上没有此编号的报价。</translation>
    </message>
    <message>
        <source>The quote has been withdrawn already.</source>
        <translation>该报价已撤回。</translation>
    </message>
    <message>
        <source>The quote is no longer valid; it has left the board by itself.</source>
        <translation>该报价已失效，已自动从报价板下架。</translation>
    </message>
    <message>
        <source>Give the forfaiting deal&apos;s number from the forfaiting channel.</source>
        <translation>请填写福费廷通道上的福费廷交易编号。</translation>
    </message>
    <message>
        <source>This deal is on the board already; a deal is reported once.</source>
        <translation>该交易已在报价板上，每笔交易只报告一次。</translation>
    </message>
    <message>
        <source>A deal&apos;s tenor is 1 to 366 days.</source>
        <translation>交易期限为1至366天。</translation>
    </message>
    <message>
        <source>Give the trade date as a calendar day.</source>
        <translation>请填写有效的成交日期。</translation>
    </message>
    <message>
        <source>The trade date is after today; report a deal once it is concluded.</source>
        <translation>成交日期晚于今天，请在交易达成后再报告。</translation>
    </message>
    <message>
        <source>The board filter is not valid: tier 1 to 5, a tenor bucket, buy or sell.</source>
        <translation>报价板筛选条件无效：档次1至5、期限档、买入或卖出。</translation>
    </message>
    <message>
        <source>This step reads another channel, which your bank&apos;s peer cannot reach now; try again later or tell your administrator.</source>
        <translation>此步骤需要读取另一条通道，本行节点目前无法访问，请稍后再试或通知管理员。</translation>
    </message>
    <message>
        <source>A contract may only read another channel, never change it; update LianXin or tell your administrator.</source>
        <translation>合约只能读取其他通道，不能修改；请更新联信或通知管理员。</translation>
    </message>
    <message>
        <source>The transaction ID does not match the proposal; update LianXin.</source>
        <translation>交易编号与提案不符，请更新联信。</translation>
    </message>
    <message>
        <source>There is no consortium in the data folder; create the sandbox first, or choose another folder.</source>
        <translation>数据文件夹中没有联盟，请先创建沙盒或选择其他文件夹。</translation>
    </message>
    <message>
        <source>A ledger node&apos;s files cannot be read; check the data folder and its permissions.</source>
        <translation>无法读取账本节点的文件，请检查数据文件夹及其权限。</translation>
    </message>
    <message>
        <source>This network signs with the real date; a transaction date is accepted only on a test network started with dated transactions.</source>
        <translation>本网络按实际日期签署交易；只有以“指定交易日期”方式启动的测试网络才接受交易日期。</translation>
    </message>
    <message>
        <source>Give the transaction date as a calendar day written YYYY-MM-DD.</source>
        <translation>请以 YYYY-MM-DD 格式给出有效的交易日期。</translation>
    </message>
    <message>
        <source>Preparing the endorsement keys needs the MSP IDs of the consortium&apos;s organizations; check the IDs given.</source>
        <translation>准备背书键需要联盟各机构的 MSP ID，请检查所给的 ID。</translation>
    </message>
    <message>
        <source>The regulator reads every record and its history but changes nothing.</source>
        <translation>监管机构可以查阅所有记录及其历史，但不能作任何更改。</translation>
    </message>
    <message>
        <source>Only member banks act on this business; the secretariat reads it.</source>
        <translation>只有成员银行可以办理此业务，秘书处只能查阅。</translation>
    </message>
    <message>
        <source>Only a trade-finance officer drafts actions; sign in as an officer.</source>
        <translation>只有贸易融资经办人员可以起草业务操作，请以经办身份登录。</translation>
    </message>
    <message>
        <source>The approval did not name the banks that must co-endorse it; approve again, and LianXin asks the ledger for them.</source>
        <translation>批准时未列明须共同背书的银行；请重新批准，联信会向账本查询这些银行。</translation>
    </message>
    <message>
        <source>The amount is above the largest amount the consortium accepts; correct the figure.</source>
        <translation>金额超过联盟接受的最大金额；请更正金额。</translation>
    </message>
    <message>
        <source>The action is too large: shorten its texts or lists.</source>
        <translation>该操作过大：请缩短其中的文字或列表。</translation>
    </message>
    <message>
        <source>A block in the ledger&apos;s files was altered and is not shown; run lianxin-cli ledger verify and restore the files from a copy.</source>
        <translation>账本文件中的某个区块已被篡改，不予显示；请运行 lianxin-cli ledger verify，并从备份恢复文件。</translation>
    </message>
    <message>
        <source>A block&apos;s validation codes were changed in the ledger&apos;s files; run lianxin-cli ledger verify and restore the files from a copy.</source>
        <translation>账本文件中某个区块的验证码已被更改；请运行 lianxin-cli ledger verify，并从备份恢复文件。</translation>
    </message>
    <message>
        <source>The ledger&apos;s world state file is damaged; move it aside and reopen to rebuild it from the blocks.</source>
        <translation>账本的世界状态文件已损坏；请将其移走后重新打开，以便从区块重建。</translation>
    </message>
    <message>
        <source>The ledger&apos;s world state was changed outside LianXin; run lianxin-cli ledger verify state, then move it aside and reopen to rebuild it.</source>
        <translation>账本的世界状态在联信之外被修改；请运行 lianxin-cli ledger verify state，然后将其移走并重新打开以重建。</translation>
    </message>
    <message>
        <source>The ledger&apos;s transaction index disagrees with its blocks; run lianxin-cli ledger verify state.</source>
        <translation>账本的交易索引与其区块不一致；请运行 lianxin-cli ledger verify state。</translation>
    </message>
    <message>
        <source>The ledger stopped committing after a storage error; close and reopen LianXin.</source>
        <translation>账本在存储错误后已停止提交；请关闭并重新打开联信。</translation>
    </message>
    <message>
        <source>Your bank owes this claim and cannot buy it; paying it early is a prepayment, a different action, not a purchase.</source>
        <translation>本行是该债权的债务人，不能买入该债权；提前付款属于提前偿付，是另一项操作，不是买入。</translation>
    </message>
    <message>
        <source>Give the date the demand was received as a calendar day.</source>
        <translation>请以有效的日历日填写索赔收到日期。</translation>
    </message>
    <message>
        <source>The date of receipt is after today; record the day the demand arrived.</source>
        <translation>收到日期晚于今天；请填写索赔实际到达的日期。</translation>
    </message>
    <message>
        <source>The demand was received more than 3 business days ago; it can no longer be recorded with that date of receipt.</source>
        <translation>该索赔收到已超过3个营业日，不能再以该收到日期登记。</translation>
    </message>
    <message>
        <source>The date of receipt is before the guarantee was issued; check it.</source>
        <translation>收到日期早于保函开立日期；请核对。</translation>
    </message>
    <message>
        <source>Your bank is the obligor: it cannot bid for claims it owes; paying early is a prepayment, a different action, not a purchase.</source>
        <translation>本行是债务人，不能对本行所欠的债权报买价；提前付款属于提前偿付，是另一项操作，不是买入。</translation>
    </message>
    <message>
        <source>The date of receipt is after today; record the day the documents arrived.</source>
        <translation>收到日期晚于今天；请填写单据实际到达的日期。</translation>
    </message>
    <message>
        <source>The documents were received more than 3 business days ago; they can no longer be recorded with that date of receipt.</source>
        <translation>该单据收到已超过3个营业日，不能再以该收到日期登记。</translation>
    </message>
    <message>
        <source>The date of receipt is before the L/C was issued; check it.</source>
        <translation>收到日期早于信用证开立日期；请核对。</translation>
    </message>
    <message>
        <source>The ledger is open for reading only here; write from the process that has it open for writing.</source>
        <translation>此处账本仅以只读方式打开；请在以写入方式打开账本的进程中进行写入。</translation>
    </message>
    <message>
        <source>The disk of the data folder is full; nothing was changed. Free some space and try again.</source>
        <translation>数据文件夹所在磁盘已满，未做任何更改。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The ledger cannot be opened for writing; check the data folder and its permissions.</source>
        <translation>无法以写入方式打开账本；请检查数据文件夹及其权限。</translation>
    </message>
    <message>
        <source>A file or folder of the data folder cannot be created; check the data folder and its permissions.</source>
        <translation>无法在数据文件夹中创建文件或文件夹；请检查数据文件夹及其权限。</translation>
    </message>
    <message>
        <source>A channel configuration block from the ledger cannot be read; run lianxin-cli ledger verify to find the block.</source>
        <translation>无法读取账本中的通道配置区块；请运行 lianxin-cli ledger verify 找出该区块。</translation>
    </message>
    <message>
        <source>The connection profile cannot be read; check the file&apos;s name and permissions.</source>
        <translation>无法读取连接配置文件；请检查文件名和权限。</translation>
    </message>
    <message>
        <source>The connection profile is neither valid JSON nor valid YAML; ask your bank&apos;s administrator for a good copy.</source>
        <translation>连接配置文件既不是有效的 JSON，也不是有效的 YAML；请向本行管理员索取正确的副本。</translation>
    </message>
    <message>
        <source>The connection profile lacks a field or has a wrong one (named below); ask your bank&apos;s administrator for a corrected profile.</source>
        <translation>连接配置文件缺少某个字段或字段有误（见下文）；请向本行管理员索取更正后的配置文件。</translation>
    </message>
    <message>
        <source>The msp folder has no certificate in signcerts/; choose the msp folder your Fabric CA enrolled.</source>
        <translation>msp 文件夹的 signcerts/ 中没有证书；请选择 Fabric CA 登记时生成的 msp 文件夹。</translation>
    </message>
    <message>
        <source>The msp folder has more than one certificate in signcerts/; keep only the identity&apos;s own.</source>
        <translation>msp 文件夹的 signcerts/ 中有多个证书；只保留该身份自己的证书。</translation>
    </message>
    <message>
        <source>The msp folder has no private key in keystore/; an identity cannot sign without its key.</source>
        <translation>msp 文件夹的 keystore/ 中没有私钥；没有私钥的身份无法签名。</translation>
    </message>
    <message>
        <source>The msp folder has more than one private key in keystore/; keep only the one of the certificate.</source>
        <translation>msp 文件夹的 keystore/ 中有多个私钥；只保留与证书对应的那一个。</translation>
    </message>
    <message>
        <source>A certificate or key of the msp folder is not readable PEM.</source>
        <translation>msp 文件夹中的证书或私钥不是可读的 PEM 格式。</translation>
    </message>
    <message>
        <source>The key or certificate is not ECDSA P-256, the only kind the consortium uses.</source>
        <translation>私钥或证书不是 ECDSA P-256，而联盟只使用这一种。</translation>
    </message>
    <message>
        <source>The private key in keystore/ does not belong to the certificate in signcerts/.</source>
        <translation>keystore/ 中的私钥与 signcerts/ 中的证书不匹配。</translation>
    </message>
    <message>
        <source>The certificate has expired; have your Fabric CA enroll the identity again.</source>
        <translation>证书已过期；请让 Fabric CA 重新登记该身份。</translation>
    </message>
    <message>
        <source>The certificate is not valid yet; check this computer&apos;s clock.</source>
        <translation>证书尚未生效；请检查本机时钟。</translation>
    </message>
    <message>
        <source>The certificate&apos;s organizational units name no single LianXin role (officer, checker, manager, admin or auditor).</source>
        <translation>证书的组织单元没有指明唯一的联信角色（经办、复核、主管、管理员或审计）。</translation>
    </message>
    <message>
        <source>The wallet holds an identity of this MSP ID and user already; choose another user name.</source>
        <translation>钱包中已有该 MSP ID 和用户名的身份；请换一个用户名。</translation>
    </message>
    <message>
        <source>The folder to export to is not empty; choose a new or empty folder.</source>
        <translation>导出目标文件夹不是空的；请选择新的或空的文件夹。</translation>
    </message>
    <message>
        <source>Your bank&apos;s peer cannot be reached; actions wait in the outbox and go once it is back.</source>
        <translation>无法连接本行的节点；操作在发件箱中等待，节点恢复后即发送。</translation>
    </message>
    <message>
        <source>Your bank&apos;s peer did not answer in time; the action stays queued and is tried again.</source>
        <translation>本行节点未在时限内应答；操作保留在队列中，稍后重试。</translation>
    </message>
    <message>
        <source>The network&apos;s ordering service is unavailable and nothing was recorded; actions wait in the outbox and go once it is back.</source>
        <translation>网络的排序服务不可用，未记录任何内容；操作在发件箱中等待，服务恢复后即发送。</translation>
    </message>
    <message>
        <source>The peer&apos;s TLS certificate is not signed by the connection profile&apos;s tlsCACerts; ask your bank&apos;s administrator for the right CA certificate.</source>
        <translation>节点的 TLS 证书并非由连接配置文件中 tlsCACerts 所列的 CA 签发；请向本行管理员索取正确的 CA 证书。</translation>
    </message>
    <message>
        <source>Your identity&apos;s certificate has expired and the network refuses it; have your Fabric CA enroll it again, then import it.</source>
        <translation>您的身份证书已过期，网络拒绝接受；请让 Fabric CA 重新签发后再导入。</translation>
    </message>
    <message>
        <source>The peer&apos;s gateway refused the request (details below); tell your bank&apos;s administrator.</source>
        <translation>节点网关拒绝了该请求（详情见下）；请告知本行管理员。</translation>
    </message>
    <message>
        <source>The peer refused to send the channel&apos;s events; check that your identity is a member of the channel.</source>
        <translation>节点拒绝发送该通道的事件；请确认您的身份是该通道的成员。</translation>
    </message>
    <message>
        <source>The peer refused to deliver the channel&apos;s blocks; check that your identity may read the channel.</source>
        <translation>节点拒绝提供该通道的区块；请确认您的身份有权读取该通道。</translation>
    </message>
    <message>
        <source>The peer&apos;s gateway returned a transaction that cannot be read; tell your bank&apos;s administrator.</source>
        <translation>节点网关返回的交易无法读取；请告知本行管理员。</translation>
    </message>
    <message>
        <source>Write the document type in capital letters, digits and underscores, e.g. INVOICE or BILL_OF_LADING.</source>
        <translation>单据种类须由大写字母、数字和下划线组成，例如 INVOICE 或 BILL_OF_LADING。</translation>
    </message>
    <message>
        <source>A presented document is not yet notarized on the trust chain for this L/C; approve again and the workstation notarizes it first.</source>
        <translation>所交单据尚未在信任链上就本信用证存证；请重新批准，工作站会先完成存证。</translation>
    </message>
    <message>
        <source>The notary on the trust chain could not be asked; the approval waits and is sent again.</source>
        <translation>暂时无法查询信任链上的存证服务；该批准将等待并重新发送。</translation>
    </message>
    <message>
        <source>The notary&apos;s record of a document cannot be read; tell your administrator.</source>
        <translation>无法读取单据的存证记录；请联系系统管理员。</translation>
    </message>
    <message>
        <source>A presented document was presented under another L/C already; the consortium refuses such presentations.</source>
        <translation>所交单据已在另一信用证项下提交过；联盟规定拒绝此类交单。</translation>
    </message>
    <message>
        <source>Documents of this presentation were presented under other L/Cs too: write what you found about them before deciding.</source>
        <translation>本次交单的部分单据曾在其他信用证项下提交：作出决定前，请写明您对这些单据的核查意见。</translation>
    </message>
    <message>
        <source>Duplicate documents are either flagged or refused; choose one.</source>
        <translation>重复单据只能“标记”或“拒绝”，请选择其一。</translation>
    </message>
    <message>
        <source>The text contains an invisible control or direction-changing character; remove it.</source>
        <translation>文本中含有不可见的控制字符或改变文字方向的字符，请删除。</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8; type it again.</source>
        <translation>文本不是有效的 UTF-8 编码，请重新输入。</translation>
    </message>
    <message>
        <source>The name is empty or only spaces; write it out.</source>
        <translation>名称为空或只有空格，请填写完整。</translation>
    </message>
    <message>
        <source>A KYC attestation is drafted by an officer and recorded when another checker of the bank approves it.</source>
        <translation>客户身份识别结论由经办人起草，经本行另一名复核人批准后才登记上链。</translation>
    </message>
    <message>
        <source>Your bank is not a member of the consortium: a bank joins by council vote before it does business.</source>
        <translation>本行不是联盟成员：银行须经理事会表决入盟后方可开展业务。</translation>
    </message>
    <message>
        <source>Your bank is not a member in good standing (an applicant, suspended or expelled): it does no business until the council admits or reinstates it.</source>
        <translation>本行目前不是正常状态的成员（申请中、已暂停或已除名）：在理事会批准入盟或恢复资格之前不得开展业务。</translation>
    </message>
    <message>
        <source>Your bank is not admitted to this line of business: the council admits a line by vote.</source>
        <translation>本行尚未获准开展此项业务：业务准入须经理事会表决。</translation>
    </message>
    <message>
        <source>The membership registry did not answer, so your bank&apos;s admission could not be checked; try again.</source>
        <translation>成员名册未应答，无法核实本行的业务准入；请重试。</translation>
    </message>
    <message>
        <source>Your bank&apos;s line of business is in sandbox and this deal would pass one of its limits (deals, total face amount or counterparty banks).</source>
        <translation>本行此项业务处于监管沙箱中，该笔交易将超出其限额（交易笔数、面额合计或交易对手银行数）。</translation>
    </message>
    <message>
        <source>Your bank&apos;s sandbox for this line of business has reached its end date: no new deal until the regulator or the council ends the sandbox.</source>
        <translation>本行此项业务的监管沙箱已到截止日期：在监管机构或理事会结束沙箱之前不得新增交易。</translation>
    </message>
    <message>
        <source>Only the secretariat&apos;s administrator registers founding members, sets the rules before the charter is sealed and seals it.</source>
        <translation>只有秘书处管理员可以登记创始成员、在章程封存前设定规则并封存章程。</translation>
    </message>
    <message>
        <source>A member needs an MSP ID of letters and digits, a name, its kind and, for a bank, a tier from 1 to 5.</source>
        <translation>成员须有由字母和数字组成的 MSP ID、名称、类别；银行还须有 1 至 5 的信用等级。</translation>
    </message>
    <message>
        <source>Only a member&apos;s administrator proposes, votes or gives opinions; sign in as the administrator.</source>
        <translation>只有成员的管理员可以提案、表决或提出意见；请以管理员身份登录。</translation>
    </message>
    <message>
        <source>The charter is not sealed yet: the secretariat is still registering the founding members.</source>
        <translation>章程尚未封存：秘书处仍在登记创始成员。</translation>
    </message>
    <message>
        <source>The charter is sealed already.</source>
        <translation>章程已经封存。</translation>
    </message>
    <message>
        <source>The charter is sealed: a new member is admitted by a council vote; propose its admission.</source>
        <translation>章程已封存：新成员须经理事会表决入盟；请提出入盟提案。</translation>
    </message>
    <message>
        <source>The charter is sealed: the consortium&apos;s rules change by a council vote; propose the change.</source>
        <translation>章程已封存：联盟规则须经理事会表决修改；请提出修改提案。</translation>
    </message>
    <message>
        <source>Only the secretariat and the council&apos;s members make proposals.</source>
        <translation>只有秘书处和理事会成员可以提案。</translation>
    </message>
    <message>
        <source>Choose what the proposal decides.</source>
        <translation>请选择提案所要决定的事项。</translation>
    </message>
    <message>
        <source>Shorten the proposal&apos;s title.</source>
        <translation>请缩短提案标题。</translation>
    </message>
    <message>
        <source>Each document of a proposal needs its SHA-256, a document type and a file name, and is attached once.</source>
        <translation>提案的每份材料须有 SHA-256 摘要、材料类型和文件名，且只能附一次。</translation>
    </message>
    <message>
        <source>A document this proposal needs is missing; attach it.</source>
        <translation>本提案缺少必需的材料；请附上。</translation>
    </message>
    <message>
        <source>This file is not one of the proposal&apos;s documents: its content differs.</source>
        <translation>该文件不是本提案的材料：内容不一致。</translation>
    </message>
    <message>
        <source>Only banks are admitted, given lines of business, suspended or expelled.</source>
        <translation>只有银行可以入盟、获准开展业务、被暂停或除名。</translation>
    </message>
    <message>
        <source>The member&apos;s status does not allow this proposal.</source>
        <translation>该成员的当前状态不适用本提案。</translation>
    </message>
    <message>
        <source>A proposal on the same member or rule is still open; it is decided first.</source>
        <translation>针对同一成员或同一规则的提案仍在表决中；须待其先行决定。</translation>
    </message>
    <message>
        <source>This bank is a member already.</source>
        <translation>该银行已是成员。</translation>
    </message>
    <message>
        <source>Name each line of business once: letters of credit, forfaiting or guarantees.</source>
        <translation>每项业务只能列一次：信用证、福费廷或保函。</translation>
    </message>
    <message>
        <source>The bank is admitted to this line of business already.</source>
        <translation>该银行已获准开展此项业务。</translation>
    </message>
    <message>
        <source>A line in sandbox needs at least one limit, none negative, and an end date after today.</source>
        <translation>沙箱中的业务至少须设一项限额，限额不得为负，截止日期须晚于今天。</translation>
    </message>
    <message>
        <source>This line of business is not in sandbox.</source>
        <translation>此项业务不在沙箱中。</translation>
    </message>
    <message>
        <source>Council and expert committee seats are banks&apos;; the secretariat and the regulator hold their own seats only.</source>
        <translation>理事会和专家委员会席位属于银行；秘书处和监管机构只能担任各自的席位。</translation>
    </message>
    <message>
        <source>The council keeps at least three members.</source>
        <translation>理事会至少须保留三名成员。</translation>
    </message>
    <message>
        <source>A voting threshold is more than half and at most all of the council seats.</source>
        <translation>表决门槛须超过理事会席位的半数，且不超过全部席位。</translation>
    </message>
    <message>
        <source>Gas weights are between 0 and 1,000,000,000 and not all zero.</source>
        <translation>Gas 权重须在 0 至 1,000,000,000 之间，且不能全部为零。</translation>
    </message>
    <message>
        <source>There is no proposal with this number.</source>
        <translation>没有该编号的提案。</translation>
    </message>
    <message>
        <source>This proposal is decided already.</source>
        <translation>该提案已有决定。</translation>
    </message>
    <message>
        <source>Vote yes, no or abstain.</source>
        <translation>请投赞成、反对或弃权票。</translation>
    </message>
    <message>
        <source>Your bank is not among the council members who vote on this proposal.</source>
        <translation>本行不在对本提案有表决权的理事会成员之列。</translation>
    </message>
    <message>
        <source>Your bank has voted on this proposal already.</source>
        <translation>本行已对本提案投过票。</translation>
    </message>
    <message>
        <source>Voting on this proposal has ended.</source>
        <translation>本提案的表决已经截止。</translation>
    </message>
    <message>
        <source>Voting is still open; a proposal is closed only after its deadline.</source>
        <translation>表决仍在进行；提案须在截止日期之后才能关闭。</translation>
    </message>
    <message>
        <source>The proposal&apos;s change can no longer be made; it lapses at its deadline.</source>
        <translation>本提案的变更已无法实施；提案将在截止日期后失效。</translation>
    </message>
    <message>
        <source>Only the expert committee&apos;s members give opinions.</source>
        <translation>只有专家委员会成员可以提出意见。</translation>
    </message>
    <message>
        <source>Write the opinion (at most 8,000 bytes) and recommend in favour, against or neutral.</source>
        <translation>请填写意见（不超过 8,000 字节），并选择赞成、反对或中立。</translation>
    </message>
    <message>
        <source>Your bank has given its opinion on this proposal already.</source>
        <translation>本行已对本提案提出过意见。</translation>
    </message>
    <message>
        <source>Only the regulator&apos;s administrator ends a sandbox directly; the council may by vote.</source>
        <translation>只有监管机构管理员可以直接结束沙箱；理事会可以通过表决结束。</translation>
    </message>
    <message>
        <source>Give the root CA certificates of the bank&apos;s MSP: one to four CA certificates in PEM, each once.</source>
        <translation>请提供该行 MSP 的根 CA 证书：一至四张 PEM 格式的 CA 证书，每张只列一次。</translation>
    </message>
    <message>
        <source>Your organization is not a member in good standing: it cannot sign for the consortium.</source>
        <translation>贵机构不是状态正常的成员，不能为联盟签署。</translation>
    </message>
    <message>
        <source>Only the secretariat&apos;s administrator prepares the channel configuration update of an admission.</source>
        <translation>只有秘书处管理员可以准备入盟的通道配置更新。</translation>
    </message>
    <message>
        <source>This proposal is not a passed admission: only a bank the council admitted is added to the channels.</source>
        <translation>该提案不是已通过的入盟提案：只有理事会接纳的银行才会加入通道。</translation>
    </message>
    <message>
        <source>The admitted bank does not join this channel: it joins trust and the channels of the lines it was admitted to.</source>
        <translation>获准入盟的银行不加入此通道：它只加入 trust 通道及其获准业务条线的通道。</translation>
    </message>
    <message>
        <source>The configuration update must add the admitted bank, with the root certificates of its application, and change nothing else; prepare it again from the channel&apos;s configuration.</source>
        <translation>配置更新必须以申请中的根证书加入获准入盟的银行，且不得改动其他内容；请按通道的现行配置重新准备。</translation>
    </message>
    <message>
        <source>No configuration update of this proposal is prepared for this channel.</source>
        <translation>尚未为该提案在此通道上准备配置更新。</translation>
    </message>
    <message>
        <source>Your organization has signed this configuration update already.</source>
        <translation>贵机构已签署过此配置更新。</translation>
    </message>
    <message>
        <source>The signature must be made with your own administrator certificate, of your organization; sign in as that administrator.</source>
        <translation>签名必须使用您本人在贵机构的管理员证书；请以该管理员身份登录。</translation>
    </message>
    <message>
        <source>The signature does not verify over the recorded update; fetch the update again and sign it.</source>
        <translation>签名与记录的更新核验不符；请重新获取更新后再签署。</translation>
    </message>
    <message>
        <source>The recorded update is not the one that adds the admitted bank to the channel&apos;s configuration in force, so it is not signed; ask the secretariat to prepare it again.</source>
        <translation>记录的更新并非在通道现行配置中加入获准入盟银行的那一份，因此不予签署；请秘书处重新准备。</translation>
    </message>
    <message>
        <source>The signatures do not yet meet the channel&apos;s policy for this change (a majority of its organizations&apos; administrators); wait for more members to sign.</source>
        <translation>签名尚未满足通道对此变更的策略（须过半数机构的管理员签署）；请等待更多成员签署。</translation>
    </message>
    <message>
        <source>The ordering service refused the configuration update; the details name the problem (often: the channel changed since it was prepared; prepare it again).</source>
        <translation>排序服务拒绝了该配置更新；详情说明了问题（常见原因：准备之后通道已有变化，请重新准备）。</translation>
    </message>
    <message>
        <source>The channel shows no new configuration a minute after the update was sent; check the update&apos;s state and the ordering service.</source>
        <translation>更新发出一分钟后，通道仍未出现新配置；请检查更新的状态和排序服务。</translation>
    </message>
    <message>
        <source>This organization is a member of the channel already.</source>
        <translation>该机构已是此通道的成员。</translation>
    </message>
    <message>
        <source>Only the regulator flags a deal.</source>
        <translation>只有监管机构可以标记交易。</translation>
    </message>
    <message>
        <source>There is no such deal on that product&apos;s channel; check the number.</source>
        <translation>该产品的通道上没有这笔交易；请核对编号。</translation>
    </message>
    <message>
        <source>The deal could not be read on its channel; try again later.</source>
        <translation>无法在其通道上读取该交易；请稍后再试。</translation>
    </message>
    <message>
        <source>A flag needs a note (at most 2,000 bytes) saying what to look at.</source>
        <translation>标记须附说明（最多 2,000 字节），指出需要关注之处。</translation>
    </message>
    <message>
        <source>A flag is on an L/C, a guarantee or a forfaiting deal.</source>
        <translation>标记只能针对信用证、保函或福费廷交易。</translation>
    </message>
    <message>
        <source>This deal carries the most flags it can; add to an existing flag&apos;s follow-up instead.</source>
        <translation>该交易的标记已达上限；请改为在已有标记的跟进中补充。</translation>
    </message>
    <message>
        <source>Only the regulator exports an audit package; sign in as a user of the regulator.</source>
        <translation>只有监管机构可以导出审计包；请以监管机构用户身份登录。</translation>
    </message>
    <message>
        <source>The channel has no block made in this period; choose other dates.</source>
        <translation>该通道在此期间没有生成区块；请选择其他日期。</translation>
    </message>
    <message>
        <source>The period ends before it starts; check the dates.</source>
        <translation>期间的结束早于开始；请检查日期。</translation>
    </message>
    <message>
        <source>The audit package does not verify; the details name the first problem. Do not rely on its content.</source>
        <translation>审计包验证未通过；详情列出了第一个问题。请勿依赖其内容。</translation>
    </message>
    <message>
        <source>Only the secretariat&apos;s administrator sets membership fees and records payments.</source>
        <translation>只有秘书处管理员可以设定会费并登记缴费。</translation>
    </message>
    <message>
        <source>A year&apos;s fees name five amounts, tiers 1 to 5, each from 0 to CNY 100,000,000,000.00, and a due date within that year.</source>
        <translation>年度会费须列明第1至第5档的五个金额，每个金额在 0 至 100,000,000,000.00 元之间，并指定当年内的缴费截止日。</translation>
    </message>
    <message>
        <source>Payments towards this year&apos;s fees are recorded already: its fees no longer change.</source>
        <translation>本年度会费已有缴费记录：会费不可再更改。</translation>
    </message>
    <message>
        <source>Only banks owe membership fees; the regulator and the secretariat owe none.</source>
        <translation>只有银行需缴纳会费；监管机构和秘书处无需缴纳。</translation>
    </message>
    <message>
        <source>A payment&apos;s amount is above zero.</source>
        <translation>缴费金额须大于零。</translation>
    </message>
    <message>
        <source>No fees are set for this year; the secretariat sets them first.</source>
        <translation>本年度尚未设定会费；须先由秘书处设定。</translation>
    </message>
    <message>
        <source>The payment&apos;s date must be a real day, not after today and not before 1 January of the year before the fee&apos;s year.</source>
        <translation>缴费日期须为真实存在的日期，不得晚于今天，也不得早于会费所属年度前一年的 1 月 1 日。</translation>
    </message>
    <message>
        <source>Give the payment&apos;s reference: 1 to 100 characters, without invisible or direction-changing characters.</source>
        <translation>请填写缴费参考号：1 至 100 个字符，不得含有不可见字符或改变文字方向的字符。</translation>
    </message>
    <message>
        <source>The bank owes no fee for this year: it was not a member then, it is an applicant or expelled, or its tier&apos;s fee is zero.</source>
        <translation>该行本年度无需缴费：当时不是成员、处于申请中或已除名，或其所在档次的会费为零。</translation>
    </message>
    <message>
        <source>The payment is more than the bank still owes for this year; record at most the outstanding amount.</source>
        <translation>缴费金额超过该行本年度尚欠的金额；最多登记尚欠金额。</translation>
    </message>
    <message>
        <source>A bank reads its own fee statement only; the secretariat and the regulator read every bank&apos;s.</source>
        <translation>银行只能查看本行的会费对账单；秘书处和监管机构可查看所有银行的对账单。</translation>
    </message>
    <message>
        <source>A Gas period is a calendar month written YYYY-MM, from 2000-01 on.</source>
        <translation>Gas 周期为一个自然月，写作 YYYY-MM，自 2000-01 起。</translation>
    </message>
    <message>
        <source>The month has not ended yet (China time): its Gas figures and its nodes&apos; availability are reported from the first day of the next month.</source>
        <translation>该月尚未结束（北京时间）：其 Gas 数据和节点可用性自下月一日起方可报送。</translation>
    </message>
    <message>
        <source>The month&apos;s Gas report is recorded already: its figures, availability statements and approved costs can no longer change.</source>
        <translation>该月的 Gas 报告已经记录：其数据、可用性声明和核准成本不能再更改。</translation>
    </message>
    <message>
        <source>No Gas report is recorded for this month yet.</source>
        <translation>该月尚无已记录的 Gas 报告。</translation>
    </message>
    <message>
        <source>Only an administrator of a member submits its nodes&apos; availability.</source>
        <translation>只有成员的管理员才能报送其节点的可用性。</translation>
    </message>
    <message>
        <source>Only an active or suspended member&apos;s nodes are credited for availability.</source>
        <translation>只有正常或暂停状态成员的节点才计入可用性。</translation>
    </message>
    <message>
        <source>The availability statement cannot be read, or names another node than the one that signed it.</source>
        <translation>可用性声明无法读取，或其所列节点并非签署它的节点。</translation>
    </message>
    <message>
        <source>A member reports the availability of its own nodes only.</source>
        <translation>成员只能报送其自身节点的可用性。</translation>
    </message>
    <message>
        <source>The statement is not signed by a node: its certificate must be a peer&apos;s or an orderer&apos;s.</source>
        <translation>该声明并非由节点签署：其证书必须属于 peer 或 orderer。</translation>
    </message>
    <message>
        <source>A node is available from 0 hours to the hours of the month (24 times its days).</source>
        <translation>节点可用时间为 0 小时至该月的小时数（天数乘以 24）。</translation>
    </message>
    <message>
        <source>The node&apos;s signature does not verify over the statement; have the node sign it again as submitted.</source>
        <translation>节点对声明的签名验证失败；请让节点按所提交内容重新签署。</translation>
    </message>
    <message>
        <source>Only an administrator of the consortium secretariat records a Gas report.</source>
        <translation>只有联盟秘书处的管理员才能记录 Gas 报告。</translation>
    </message>
    <message>
        <source>The report is not weighted by the council&apos;s Gas weights in force; compute it again.</source>
        <translation>该报告未按理事会现行的 Gas 权重计算；请重新计算。</translation>
    </message>
    <message>
        <source>The report does not name the blocks of every channel, each once, with the hash of the last block read.</source>
        <translation>该报告未逐一列明每个通道的区块及所读最后一个区块的哈希。</translation>
    </message>
    <message>
        <source>The report must credit every member exactly once, ordered by MSP ID.</source>
        <translation>报告必须对每个成员各计一次，并按 MSP ID 排序。</translation>
    </message>
    <message>
        <source>A member&apos;s available hours in the report differ from its nodes&apos; statements on the trust chain.</source>
        <translation>报告中某成员的可用小时数与其节点在信任链上的声明不符。</translation>
    </message>
    <message>
        <source>A member&apos;s approved node cost in the report differs from what the council approved for the month.</source>
        <translation>报告中某成员的核准节点成本与理事会对该月的核准不符。</translation>
    </message>
    <message>
        <source>A member&apos;s Gas or the total is not the weights times the facts; compute the report again.</source>
        <translation>某成员的 Gas 或合计不等于权重乘以事实数据；请重新计算报告。</translation>
    </message>
    <message>
        <source>A node cost is from CNY 0.01 up, with a description of 1 to 300 characters.</source>
        <translation>节点成本至少为 0.01 元，并附 1 至 300 个字符的说明。</translation>
    </message>
    <message>
        <source>A channel has no blocks to count Gas from; check the connection to the ledger.</source>
        <translation>某通道没有可计算 Gas 的区块；请检查与账本的连接。</translation>
    </message>
    <message>
        <source>A channel&apos;s blocks do not chain together; the ledger served altered blocks.</source>
        <translation>某通道的区块未能前后衔接；账本提供了被篡改的区块。</translation>
    </message>
    <message>
        <source>The recorded Gas report does not match what the chain&apos;s blocks and the trust chain&apos;s facts make.</source>
        <translation>已记录的 Gas 报告与链上区块及信任链上的事实数据计算结果不符。</translation>
    </message>
    <message>
        <source>The MSP folder holds no node&apos;s identity: its certificate must carry OU peer or OU orderer.</source>
        <translation>该 MSP 文件夹中没有节点身份：其证书须带有 OU peer 或 OU orderer。</translation>
    </message>
    <message>
        <source>The audit package could not be written to that file; choose another folder or name.</source>
        <translation>审计包无法写入该文件；请选择其他文件夹或文件名。</translation>
    </message>
</context>
<context>
    <name>lx::models::RequiredDocumentsModel</name>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>正本</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Transport document</source>
        <translation>运输单据</translation>
    </message>
    <message>
        <source>Insurance document</source>
        <translation>保险单据</translation>
    </message>
    <message>
        <source>Inspection certificate</source>
        <translation>检验证明</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Certificate of origin</source>
        <translation>原产地证明</translation>
    </message>
    <message>
        <source>Service acceptance certificate</source>
        <translation>服务验收证明</translation>
    </message>
</context>
<context>
    <name>lx::models::TableExport</name>
    <message>
        <source>Filters: none</source>
        <translation>筛选条件：无</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>lx::models::TransactionDetailModel</name>
    <message>
        <source>Field</source>
        <extracomment>Header of the decoded transaction tree (zh: 字段)</extracomment>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>交易编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>Validation code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Decoding problem</source>
        <translation>解码问题</translation>
    </message>
    <message>
        <source>Chaincode</source>
        <translation>链码</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s)</source>
        <translation>
            <numerusform>%n 个参数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Argument %1 (%n byte(s))</source>
        <translation>
            <numerusform>参数 %1（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>Endorsers</source>
        <translation>背书节点</translation>
    </message>
    <message>
        <source>Response</source>
        <extracomment>The chaincode&apos;s response at endorsement: status code and message</extracomment>
        <translation>响应</translation>
    </message>
    <message>
        <source>Read-write set</source>
        <translation>读写集</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>读集</translation>
    </message>
    <message>
        <source>version %1:%2</source>
        <translation>版本 %1:%2</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>写集</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n 字节：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Private collections</source>
        <translation>私有数据集合</translation>
    </message>
    <message>
        <source>hash %1, %2 hashed reads, %3 hashed writes</source>
        <translation>哈希 %1，%2 个哈希读，%3 个哈希写</translation>
    </message>
</context>
<context>
    <name>lx::models::TransactionListModel</name>
    <message>
        <source>not checked</source>
        <extracomment>A signature that could not be checked (zh: 未校验)</extracomment>
        <translation>未校验</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>creator %1</source>
        <extracomment>Signatures column: the creator&apos;s signature (zh: 创建者)</extracomment>
        <translation>创建者 %1</translation>
    </message>
    <message>
        <source>creator %1, endorsers %2</source>
        <extracomment>Signatures column: the creator&apos;s, then all endorsers&apos; (zh: 创建者 %1，背书 %2)</extracomment>
        <translation>创建者 %1，背书 %2</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Position of a transaction in its block</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>交易编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Endorsers</source>
        <translation>背书节点</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>Validation code</source>
        <extracomment>Fabric&apos;s transaction validation code (zh: 验证码)</extracomment>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>L/C</source>
        <translation>信用证</translation>
    </message>
    <message>
        <source>Forfaiting</source>
        <translation>福费廷</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>保函</translation>
    </message>
    <message>
        <source>Quote board</source>
        <translation>统一报价</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>成员注册与治理</translation>
    </message>
    <message>
        <source>Notary</source>
        <translation>公证</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>客户身份识别</translation>
    </message>
    <message>
        <source>draft for approval</source>
        <translation>提交草稿待复核</translation>
    </message>
    <message>
        <source>approve a draft</source>
        <translation>批准草稿</translation>
    </message>
    <message>
        <source>return a draft to its maker</source>
        <translation>退回草稿给经办</translation>
    </message>
    <message>
        <source>notarize a document</source>
        <translation>单据公证</translation>
    </message>
    <message>
        <source>attest a corporate&apos;s KYC</source>
        <translation>出具企业客户身份识别证明</translation>
    </message>
    <message>
        <source>revoke a KYC attestation</source>
        <translation>撤销客户身份识别证明</translation>
    </message>
    <message>
        <source>register a member</source>
        <translation>登记成员</translation>
    </message>
    <message>
        <source>change the consortium&apos;s settings</source>
        <translation>修改联盟设置</translation>
    </message>
    <message>
        <source>open a proposal</source>
        <translation>发起提案</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>give an opinion</source>
        <translation>发表意见</translation>
    </message>
    <message>
        <source>close a proposal</source>
        <translation>结束提案</translation>
    </message>
    <message>
        <source>end a sandbox admission</source>
        <translation>结束沙箱准入</translation>
    </message>
    <message>
        <source>seal the charter</source>
        <translation>封存章程</translation>
    </message>
    <message>
        <source>prepare a channel configuration update</source>
        <translation>准备通道配置更新</translation>
    </message>
    <message>
        <source>sign a channel configuration update</source>
        <translation>签署通道配置更新</translation>
    </message>
    <message>
        <source>flag a deal</source>
        <translation>标记业务</translation>
    </message>
    <message>
        <source>set the membership fees</source>
        <translation>设定会费标准</translation>
    </message>
    <message>
        <source>record a fee payment</source>
        <translation>登记会费缴纳</translation>
    </message>
    <message>
        <source>report node availability</source>
        <translation>报告节点可用时长</translation>
    </message>
    <message>
        <source>record a Gas report</source>
        <translation>记录 Gas 报告</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A transaction&apos;s call: the contract, then what the function does (zh: 信用证：批准草稿)</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Contract call</source>
        <extracomment>What the transaction asked of which contract (zh: 合约操作)</extracomment>
        <translation>合约操作</translation>
    </message>
</context>
<context>
    <name>lx::models::WorklistModel</name>
    <message>
        <source>Approve %1 drafted by %2</source>
        <translation>复核 %2 起草的%1</translation>
    </message>
    <message>
        <source>%1 (presentation %2)</source>
        <translation>%1（第 %2 次交单）</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n business day(s)</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>交易对手</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（人民币）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>The number of the record a task concerns: an L/C, guarantee, listing, deal or quote (zh: 业务编号)</extracomment>
        <translation>业务编号</translation>
    </message>
</context>
<context>
    <name>lx::models::WorkstationSettings</name>
    <message>
        <source>Give the data folder as a full path, e.g. %1.</source>
        <translation>请填写数据文件夹的完整路径，例如 %1。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>You may not write into %1.</source>
        <translation>您没有写入 %1 的权限。</translation>
    </message>
</context>
<context>
    <name>lx::ui::AboutDialog</name>
    <message>
        <source>LianXin %1</source>
        <extracomment>%1 the version number</extracomment>
        <translation>联信 %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>组件库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>lx::ui::ApprovalsPage</name>
    <message>
        <source>Your decision is signed and on its way to the ledger.</source>
        <translation>您的审批意见已签名，正在提交账本。</translation>
    </message>
    <message>
        <source>Your decision could not be stored: %1</source>
        <translation>您的审批意见未能保存：%1</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>As drafted</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>You drafted this: another checker of the bank approves it.</source>
        <translation>此草稿由您起草：须由本行另一名复核人员审批。</translation>
    </message>
    <message>
        <source>No draft awaits approval.</source>
        <translation>暂无待审批的草稿。</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) awaiting approval</source>
        <translation>
            <numerusform>%n 份草稿待审批</numerusform>
        </translation>
    </message>
    <message>
        <source>New: nothing on the ledger yet.</source>
        <translation>新业务：账本上尚无记录。</translation>
    </message>
    <message>
        <source>%1 %2 is not in this workstation&apos;s cache.</source>
        <translation>本工作站缓存中没有%1 %2。</translation>
    </message>
    <message>
        <source>%1 %2 as it stands now:</source>
        <translation>%1 %2 当前状况：</translation>
    </message>
    <message>
        <source>Drafts awaiting approval</source>
        <translation>待审批草稿</translation>
    </message>
</context>
<context>
    <name>lx::ui::AuditPane</name>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Only the regulator&apos;s users flag deals and export audit packages.</source>
        <translation>只有监管机构的用户才能标记交易和导出审计包。</translation>
    </message>
    <message>
        <source>Save the audit package</source>
        <translation>保存审计包</translation>
    </message>
    <message>
        <source>Audit packages (*.pkg)</source>
        <translation>审计包 (*.pkg)</translation>
    </message>
    <message>
        <source>Signing and sending to the ledger…</source>
        <translation>正在签名并发送到账本…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Flagged %1; the banks party to it see the flag.</source>
        <translation>已标记 %1；相关银行可以看到该标记。</translation>
    </message>
    <message>
        <source>Audit package exported: blocks %1 to %2 of %3, %4 transactions, written to %5.</source>
        <extracomment>%1 and %2 block numbers, %3 the channel, %4 a count, %5 the file.</extracomment>
        <translation>审计包已导出：%3 第 %1 至 %2 号区块，%4 笔交易，已写入 %5。</translation>
    </message>
</context>
<context>
    <name>lx::ui::ChannelConfigPanel</name>
    <message>
        <source>The council admitted %1. Its peers and users reach a channel once the channel&apos;s configuration names it: the secretariat prepares the update, a majority of the channel&apos;s organizations&apos; administrators sign it, and the secretariat submits it.</source>
        <translation>理事会已接纳%1。该行的节点和用户须待通道配置列入该行后方可使用该通道：由秘书处准备更新，通道过半数机构的管理员签署，再由秘书处提交。</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>无法读取配置：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Reading the channels&apos; configurations…</source>
        <translation>正在读取各通道的配置……</translation>
    </message>
    <message>
        <source>Applied: %1 is a member of %2.</source>
        <translation>已生效：%1 已是 %2 的成员。</translation>
    </message>
    <message>
        <source>Applied on %1.</source>
        <translation>已在 %1 生效。</translation>
    </message>
    <message>
        <source>Ready to submit on %1.</source>
        <translation>%1 可以提交。</translation>
    </message>
    <message>
        <source>Awaiting signatures on %1.</source>
        <translation>%1 等待签署。</translation>
    </message>
    <message>
        <source>Not prepared on %1.</source>
        <translation>%1 尚未准备。</translation>
    </message>
</context>
<context>
    <name>lx::ui::DashboardChartPane</name>
    <message>
        <source>%1 chart: click a bar for the deals behind it</source>
        <translation>%1图表：点击柱形查看对应交易</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1数据</translation>
    </message>
    <message>
        <source>Late and overdue items, most overdue first</source>
        <translation>延迟及逾期事项（逾期最久者在前）</translation>
    </message>
    <message>
        <source>Late and overdue items</source>
        <translation>延迟及逾期事项</translation>
    </message>
    <message>
        <source>No deals for these filters.</source>
        <translation>在这些筛选条件下没有交易。</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <source>CNY million</source>
        <translation>百万元</translation>
    </message>
    <message>
        <source>Our deals&apos; average rate</source>
        <translation>我行交易平均利率</translation>
    </message>
    <message>
        <source>Board best bid</source>
        <translation>报价板最优买价</translation>
    </message>
    <message>
        <source>Board best offer</source>
        <translation>报价板最优卖价</translation>
    </message>
    <message>
        <source>Rate, % p.a.</source>
        <translation>年利率（%）</translation>
    </message>
</context>
<context>
    <name>lx::ui::DashboardsPage</name>
    <message>
        <source>Not recomputed: %1</source>
        <translation>未能重新计算：%1</translation>
    </message>
    <message>
        <source>All banks</source>
        <translation>全部银行</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部业务</translation>
    </message>
    <message>
        <source>Started %1 to %2</source>
        <translation>起始日期 %1 至 %2</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>仪表板</translation>
    </message>
</context>
<context>
    <name>lx::ui::DrillDownDialog</name>
    <message>
        <source>Reading the deals…</source>
        <translation>正在读取交易…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 deals</source>
        <translation>显示 %2 笔交易中的 %1 笔</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lx::ui::FfDealWindow</name>
    <message>
        <source>Deal %1</source>
        <translation>交易 %1</translation>
    </message>
    <message>
        <source>Deal %1 — %2</source>
        <translation>交易 %1 — %2</translation>
    </message>
    <message>
        <source> (claim %1)</source>
        <translation>（债权%1）</translation>
    </message>
    <message>
        <source>Claim %1 under L/C %2 · %3 market&lt;br&gt;Seller %4 → buyer %5 · obligor %6&lt;br&gt;Face %7 · %8 %9, %10 grace days, fees %11 · value date %12 · %13 days · discount %14 · &lt;b&gt;net %15&lt;/b&gt;&lt;br&gt;Maturity %16 · trade date %17</source>
        <translation>信用证 %2 项下债权 %1 · %3&lt;br&gt;卖方 %4 → 买方 %5 · 债务人 %6&lt;br&gt;票面 %7 · %8 %9，宽限 %10 天，费用 %11 · 起息日 %12 · %13 天 · 贴息 %14 · &lt;b&gt;净额 %15&lt;/b&gt;&lt;br&gt;到期日 %16 · 成交日 %17</translation>
    </message>
    <message>
        <source>&lt;br&gt;Holder now: %1</source>
        <translation>&lt;br&gt;当前持有人：%1</translation>
    </message>
    <message>
        <source>%1: draft sent to the outbox for a checker.</source>
        <translation>%1：草稿已进入发件箱，等待复核。</translation>
    </message>
    <message>
        <source>Nothing for this bank to do on this deal now.</source>
        <translation>本行目前对该交易无可执行的操作。</translation>
    </message>
    <message>
        <source>Only a bank&apos;s officer drafts forfaiting actions.</source>
        <translation>只有银行经办人员可以起草福费廷操作。</translation>
    </message>
</context>
<context>
    <name>lx::ui::FfQuoteForm</name>
    <message>
        <source>Type the discount rate in percent per annum, e.g. 3.00 (at most four decimals).</source>
        <translation>请输入年贴现率（%），例如 3.00（最多四位小数）。</translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation>费用：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — claim %2 under L/C %3&lt;br&gt;Seller %4 · obligor %5 · face %6 · maturity %7 · %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 信用证 %3 项下债权 %2&lt;br&gt;卖方 %4 · 债务人 %5 · 票面 %6 · 到期日 %7 · %8</translation>
    </message>
    <message>
        <source>The listing %1 is not in this bank&apos;s book.</source>
        <translation>本行账簿中没有挂牌 %1。</translation>
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
    <message>
        <source>Loading the demo book: %1 of %2 letters of credit…</source>
        <translation>正在载入演示业务：第 %1 笔，共 %2 笔信用证…</translation>
    </message>
    <message>
        <source>Choose the connection profile</source>
        <translation>选择连接配置文件</translation>
    </message>
    <message>
        <source>Connection profiles (*.json *.yaml *.yml)</source>
        <translation>连接配置文件 (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>Choose the network&apos;s connection profile (a .json or .yaml file from your bank&apos;s administrator).</source>
        <translation>请选择网络的连接配置文件（由本行管理员提供的 .json 或 .yaml 文件）。</translation>
    </message>
    <message>
        <source>Create the &amp;sandbox</source>
        <translation>创建沙箱(&amp;S)</translation>
    </message>
    <message>
        <source>Create the sandbox consortium</source>
        <translation>创建沙箱联盟</translation>
    </message>
    <message>
        <source>&amp;Join a consortium network</source>
        <translation>加入联盟网络(&amp;J)</translation>
    </message>
    <message>
        <source>Join a consortium network</source>
        <translation>加入联盟网络</translation>
    </message>
    <message>
        <source>Connection &amp;profile:</source>
        <translation>连接配置文件(&amp;P)：</translation>
    </message>
    <message>
        <source>Connection profile file</source>
        <translation>连接配置文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>P&amp;eer:</source>
        <translation>节点(&amp;E)：</translation>
    </message>
    <message>
        <source>Peer name</source>
        <translation>节点名称</translation>
    </message>
    <message>
        <source>the organization&apos;s first peer</source>
        <translation>本组织的第一个节点</translation>
    </message>
    <message>
        <source>LianXin connects to your bank&apos;s peer as the connection profile describes it, and keeps the identity your bank&apos;s Fabric CA enrolled in a new wallet in %1. Choose the profile, the identity&apos;s msp folder, and a passphrase of at least %2 characters: it protects the identity&apos;s private key.</source>
        <translation>联信按连接配置文件的描述连接本行的节点，并将本行 Fabric CA 登记的身份保存在 %1 中的新钱包里。请选择配置文件、该身份的 msp 文件夹，并设置至少 %2 个字符的口令：它用于保护该身份的私钥。</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Join the consortium network</source>
        <translation>加入该联盟网络</translation>
    </message>
    <message>
        <source>Checking the profile and the identity, writing the wallet…</source>
        <translation>正在检查配置文件和身份，写入钱包…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Creating the sandbox consortium: keys, certificates, wallet and channels…</source>
        <translation>正在创建沙箱联盟：密钥、证书、钱包和通道…</translation>
    </message>
    <message>
        <source>the profile&apos;s organization&apos;s</source>
        <extracomment>Placeholder of the MSP ID field when joining: left empty, the profile&apos;s organization&apos;s MSP ID is used</extracomment>
        <translation>配置文件中本组织的</translation>
    </message>
</context>
<context>
    <name>lx::ui::ForfaitingPage</name>
    <message>
        <source>Draft sent to the outbox for a checker: %1</source>
        <translation>草稿已进入发件箱，等待复核：%1</translation>
    </message>
    <message>
        <source>Claims held: %1 · face value %2 · maturing within 30 days: %3</source>
        <translation>持有债权：%1 笔 · 票面金额 %2 · 30天内到期：%3 笔</translation>
    </message>
    <message>
        <source>Sending the draft…</source>
        <translation>正在发送草稿…</translation>
    </message>
    <message>
        <source>Forfaiting market</source>
        <translation>福费廷市场</translation>
    </message>
    <message>
        <source>My forfaiting listings</source>
        <translation>我的福费廷挂牌</translation>
    </message>
    <message>
        <source>Forfaiting deals</source>
        <translation>福费廷交易</translation>
    </message>
    <message>
        <source>Forfaiting portfolio</source>
        <translation>福费廷持有组合</translation>
    </message>
    <message>
        <source>Claims eligible for forfaiting</source>
        <translation>可转让福费廷债权</translation>
    </message>
</context>
<context>
    <name>lx::ui::GasPane</name>
    <message>
        <source>Chart of each month&apos;s Gas by member</source>
        <translation>各月各成员 Gas 图表</translation>
    </message>
    <message>
        <source>No month&apos;s Gas report is recorded yet. The secretariat records each month&apos;s once it has ended (lianxin-cli gas report).</source>
        <translation>尚无任何月份的 Gas 报告。每月结束后由秘书处记录（lianxin-cli gas report）。</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>正在读取登记簿…</translation>
    </message>
    <message>
        <source>%1 blocks 0 to %2</source>
        <translation>%1 第 0 至 %2 号区块</translation>
    </message>
    <message>
        <source>%1: %2 Gas in all, recorded by %3 on %4. Weights (milli-Gas): %5 per endorsement, %6 per transaction, %7 per available hour, %8 per approved yuan. Counted from %9.</source>
        <extracomment>%1 the month, %2 the total Gas, %3 who recorded it, %4 when, %5-%8 the weights, %9 the blocks counted.</extracomment>
        <translation>%1：合计 %2 Gas，由 %3 于 %4 记录。权重（毫 Gas）：每次背书 %5，每笔交易 %6，每个可用小时 %7，每核准一元 %8。计自 %9。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No recorded month yet.</source>
        <translation>尚无已记录的月份。</translation>
    </message>
    <message>
        <source>Gas by month and member</source>
        <translation>各月各成员 Gas</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas 数额</translation>
    </message>
    <message>
        <source>Reading the blocks…</source>
        <translation>正在读取区块…</translation>
    </message>
    <message>
        <source>The report matches the chain: %1 blocks read, %2 availability statements checked.</source>
        <translation>报告与链上数据一致：读取区块 %1 个，核对可用性声明 %2 份。</translation>
    </message>
    <message>
        <source>Does not match the chain: %1</source>
        <translation>与链上数据不符：%1</translation>
    </message>
    <message>
        <source>Recorded months</source>
        <translation>已记录的月份</translation>
    </message>
</context>
<context>
    <name>lx::ui::GovernancePage</name>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Consortium members</source>
        <translation>联盟成员</translation>
    </message>
    <message>
        <source>Council proposals</source>
        <translation>理事会提案</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>The registry on the trust channel could not be read: %1</source>
        <translation>无法读取 trust 通道上的成员登记：%1</translation>
    </message>
    <message>
        <source>Reading the registry on the trust channel…</source>
        <translation>正在读取 trust 通道上的成员登记……</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s), %1 open;</source>
        <translation>
            <numerusform>共 %n 项提案，%1 项表决中；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>共 %n 个成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm your vote</source>
        <translation>确认表决</translation>
    </message>
    <message>
        <source>Vote %1 on %2, “%3”, for %4? A vote is final.</source>
        <translation>以%4的名义对%2“%3”投%1票？投票后不可更改。</translation>
    </message>
    <message>
        <source>Vote %1</source>
        <translation>投%1票</translation>
    </message>
    <message>
        <source>Confirm your opinion</source>
        <translation>确认意见</translation>
    </message>
    <message>
        <source>Record %1&apos;s opinion (%2) on %3, “%4”? It cannot be changed afterwards.</source>
        <translation>记录%1对%3“%4”的意见（%2）？记录后不可更改。</translation>
    </message>
    <message>
        <source>Record opinion</source>
        <translation>记录意见</translation>
    </message>
    <message>
        <source>Confirm your signature</source>
        <translation>确认签署</translation>
    </message>
    <message>
        <source>Sign, as %1&apos;s administrator, the configuration update of %2 on %3? You sign exactly what is shown below: the organization it adds, its root CA certificate and the update&apos;s SHA-256.</source>
        <translation>以%1管理员的身份签署%2在 %3 上的配置更新？您签署的正是下方所示内容：新增的机构、其根 CA 证书及该更新的 SHA-256。</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Signing and sending to the ledger…</source>
        <translation>正在签名并发送至账本……</translation>
    </message>
    <message>
        <source>Your bank&apos;s vote is recorded. The proposal is %1 (%2).</source>
        <translation>本行的表决已记录。提案现为%1（%2）。</translation>
    </message>
    <message>
        <source>Your bank&apos;s opinion is recorded.</source>
        <translation>本行的意见已记录。</translation>
    </message>
    <message>
        <source>The update is prepared on %1.</source>
        <translation>已在 %1 上准备更新。</translation>
    </message>
    <message>
        <source>Your organization&apos;s signature is recorded on %1.</source>
        <translation>本机构在 %1 上的签名已记录。</translation>
    </message>
    <message>
        <source>The update is in force on %1.</source>
        <translation>更新已在 %1 上生效。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <extracomment>The ledger refused a governance action; the reason follows.</extracomment>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The Governance summary: &quot;2 proposals, 1 open;&quot; then &quot;8 members.&quot;</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Gas of %1</source>
        <translation>%1 的 Gas</translation>
    </message>
    <message>
        <source>Proposals, members, Gas or the regulator&apos;s</source>
        <translation>提案、成员、Gas 或监管</translation>
    </message>
    <message>
        <source>The regulator&apos;s flags</source>
        <translation>监管机构的标记</translation>
    </message>
</context>
<context>
    <name>lx::ui::GuaranteeActionForm</name>
    <message>
        <source>%1 — guarantee %2</source>
        <translation>%1 — 保函 %2</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Present a demand</source>
        <translation>提交索赔</translation>
    </message>
    <message>
        <source>Examine the demand</source>
        <translation>审核索赔</translation>
    </message>
    <message>
        <source>Suspend payment</source>
        <translation>暂停付款</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>展期</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>减额</translation>
    </message>
    <message>
        <source>Record the release</source>
        <translation>登记解除</translation>
    </message>
    <message>
        <source>Record a court stop-payment</source>
        <translation>登记法院止付</translation>
    </message>
    <message>
        <source>Lift the stop-payment</source>
        <translation>解除止付</translation>
    </message>
    <message>
        <source>Demand %1 (%2, %3)</source>
        <translation>第 %1 笔索赔（%2，%3）</translation>
    </message>
    <message>
        <source>By the beneficiary&apos;s consent</source>
        <translation>经受益人同意</translation>
    </message>
    <message>
        <source>Clause %1: %2 on %3</source>
        <translation>第 %1 条：%3 减少 %2</translation>
    </message>
</context>
<context>
    <name>lx::ui::GuaranteeIssueForm</name>
    <message>
        <source>Choose a type</source>
        <translation>请选择种类</translation>
    </message>
    <message>
        <source>Choose the advising bank</source>
        <translation>请选择通知行</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Reduction clause %1: write the date as yyyy-mm-dd.</source>
        <translation>减额条款 %1：日期请按“年-月-日”填写。</translation>
    </message>
    <message>
        <source>Reduction clause %1: %2</source>
        <translation>减额条款 %1：%2</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>%1&apos;s credit code: %2</source>
        <translation>%1的统一社会信用代码：%2</translation>
    </message>
</context>
<context>
    <name>lx::ui::GuaranteeListPage</name>
    <message>
        <source>New guarantee — %1</source>
        <translation>新建保函 — %1</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部种类</translation>
    </message>
    <message>
        <source>All banks</source>
        <translation>全部银行</translation>
    </message>
    <message numerus="yes">
        <source>%n guarantee(s)</source>
        <translation>
            <numerusform>%n 笔保函</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <translation>保函</translation>
    </message>
</context>
<context>
    <name>lx::ui::GuaranteeWindow</name>
    <message>
        <source>The guarantee cannot be read from the cache: %1</source>
        <translation>无法从本地缓存读取该保函：%1</translation>
    </message>
    <message>
        <source>A draft on this guarantee awaits approval by a checker of your bank.</source>
        <translation>本保函有一份草稿正等待本行复核人复核。</translation>
    </message>
    <message>
        <source>This guarantee is not in the bank&apos;s cache.</source>
        <translation>本行缓存中没有该保函。</translation>
    </message>
    <message>
        <source>%1, frozen by a court&apos;s stop-payment order</source>
        <translation>%1，已被法院止付裁定冻结</translation>
    </message>
    <message>
        <source>Guarantee %1 — %2</source>
        <translation>保函 %1 — %2</translation>
    </message>
    <message>
        <source>%1 guarantee of %2 (available %3), issued by %4 for %5, advised through %6 to %7; expiry: %8.</source>
        <translation>%1，金额 %2（可用 %3），由%4应%5申请开立，经%6通知%7；失效：%8。</translation>
    </message>
    <message>
        <source>Demand %1 for %2: examine by %3 — %4.</source>
        <translation>第 %1 笔索赔，金额 %2：须于 %3 前审核 — %4。</translation>
    </message>
    <message>
        <source>Demand %1 for %2: %3.</source>
        <translation>第 %1 笔索赔，金额 %2：%3。</translation>
    </message>
    <message>
        <source>Guarantee %1</source>
        <translation>保函 %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; drafted: it waits for a checker of your bank in Approvals.</source>
        <translation>“%1”已起草：等待本行复核人在“复核”中处理。</translation>
    </message>
    <message>
        <source>Guarantee %1.pdf</source>
        <translation>保函 %1.pdf</translation>
    </message>
</context>
<context>
    <name>lx::ui::HelpWindow</name>
    <message>
        <source>LianXin guide</source>
        <translation>联信使用指南</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>关闭指南</translation>
    </message>
</context>
<context>
    <name>lx::ui::ImportIdentityDialog</name>
    <message>
        <source>The passphrase does not open this wallet. Type the passphrase you sign in with.</source>
        <translation>该口令无法打开此钱包。请输入您登录时使用的口令。</translation>
    </message>
    <message>
        <source>This data folder has a wallet already (%1); import further identities from File &gt; Import identity…</source>
        <translation>此数据文件夹已有钱包（%1）；其他身份请通过“文件 &gt; 导入身份…”导入。</translation>
    </message>
    <message>
        <source>The identity could not be imported: %1</source>
        <translation>无法导入该身份：%1</translation>
    </message>
    <message>
        <source>Type the wallet&apos;s passphrase, the one you sign in with.</source>
        <translation>请输入钱包口令，即您登录时使用的口令。</translation>
    </message>
    <message>
        <source>No problem</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <source>Import identity — LianXin</source>
        <translation>导入身份 — 联信</translation>
    </message>
    <message>
        <source>Import identity</source>
        <translation>导入身份</translation>
    </message>
    <message>
        <source>Bring an identity your bank&apos;s Fabric CA enrolled into this wallet: choose its msp folder (signcerts/ and keystore/), its organization&apos;s MSP ID and the user name it gets here. The private key is sealed under the wallet&apos;s passphrase.</source>
        <translation>将本行 Fabric CA 登记的身份导入此钱包：选择其 msp 文件夹（含 signcerts/ 和 keystore/）、所属组织的 MSP ID 以及在此使用的用户名。私钥将以钱包口令加密保存。</translation>
    </message>
    <message>
        <source>Wallet &amp;passphrase:</source>
        <translation>钱包口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Wallet passphrase</source>
        <translation>钱包口令</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import the identity</source>
        <translation>导入该身份</translation>
    </message>
</context>
<context>
    <name>lx::ui::LcActionForm</name>
    <message>
        <source>%1 — L/C %2</source>
        <translation>%1 — 信用证 %2</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>修改信用证</translation>
    </message>
    <message>
        <source>Present documents</source>
        <translation>交单</translation>
    </message>
    <message>
        <source>Examine documents</source>
        <translation>审单</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒付</translation>
    </message>
    <message>
        <source>Waive discrepancies</source>
        <translation>接受不符点</translation>
    </message>
    <message>
        <source>Cancel with the beneficiary&apos;s consent</source>
        <translation>经受益人同意撤销</translation>
    </message>
    <message>
        <source>Presentation %1 (%2)</source>
        <translation>第 %1 次交单（%2）</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>商业发票</translation>
    </message>
    <message>
        <source>Transport document</source>
        <translation>运输单据</translation>
    </message>
    <message>
        <source>Insurance document</source>
        <translation>保险单据</translation>
    </message>
    <message>
        <source>Inspection certificate</source>
        <translation>检验证书</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他单据</translation>
    </message>
    <message>
        <source>Reading the attached files…</source>
        <translation>正在读取附加的文件…</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>附加单据</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>%1: %2 (SHA-256 %3…)</source>
        <translation>%1：%2（SHA-256 哈希 %3…）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was presented under L/C %3 too (issued by %4).</source>
        <translation>%1“%2”也曾在信用证 %3 项下提交（开证行：%4）。</translation>
    </message>
    <message>
        <source>Possible double financing:</source>
        <translation>可能存在重复融资：</translation>
    </message>
</context>
<context>
    <name>lx::ui::LcDetailWindow</name>
    <message>
        <source>The L/C cannot be read from the cache: %1</source>
        <translation>无法从缓存读取该信用证：%1</translation>
    </message>
    <message>
        <source>This L/C is not in the bank&apos;s cache.</source>
        <translation>本行缓存中没有该信用证。</translation>
    </message>
    <message>
        <source>L/C %1 — %2</source>
        <translation>信用证 %1 — %2</translation>
    </message>
    <message>
        <source>%1, issued by %2 for %3, advised through %4; beneficiary %5.</source>
        <translation>金额 %1，由%2应%3申请开立，经%4通知；受益人 %5。</translation>
    </message>
    <message>
        <source>L/C %1</source>
        <translation>信用证 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; drafted: it waits for a checker of your bank in Approvals.</source>
        <translation>“%1”已起草，等待本行复核人员在“审批”中处理。</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>The signatures could not be checked: %1</source>
        <translation>无法校验签名：%1</translation>
    </message>
    <message>
        <source>Verify the document</source>
        <translation>核验单据</translation>
    </message>
    <message>
        <source>Verify the selected document against this bank&apos;s copy and the notary</source>
        <translation>按本行副本和存证记录核验所选单据</translation>
    </message>
    <message>
        <source>Result of the document check</source>
        <translation>单据核验结果</translation>
    </message>
    <message>
        <source>No document is selected.</source>
        <translation>未选择单据。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <source>The document could not be checked: %1</source>
        <translation>无法核验单据：%1</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Save a copy of the selected document</source>
        <translation>将所选单据另存副本</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>另存单据副本</translation>
    </message>
    <message>
        <source>Not saved: the copy in this bank&apos;s cache no longer matches the presented document.</source>
        <translation>未保存：本行缓存中的副本与所交单据不再一致。</translation>
    </message>
    <message>
        <source>Not saved: this bank&apos;s cache holds no copy (the presenting bank keeps the file).</source>
        <translation>未保存：本行缓存中没有副本（文件由交单行保存）。</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2</source>
        <translation>无法将副本写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved a copy to %1; it matches the presented document.</source>
        <translation>副本已保存至 %1，与所交单据一致。</translation>
    </message>
    <message>
        <source>A draft on this L/C awaits approval by a checker of your bank.</source>
        <translation>该信用证有一份草稿正等待本行复核人员审批。</translation>
    </message>
    <message>
        <source>Advice of L/C %1</source>
        <translation>信用证 %1 通知书</translation>
    </message>
    <message>
        <source>Advice %1.pdf</source>
        <translation>通知书 %1.pdf</translation>
    </message>
</context>
<context>
    <name>lx::ui::LcIssueForm</name>
    <message>
        <source>Issuing bank: %1</source>
        <translation>开证行：%1</translation>
    </message>
    <message>
        <source>(not signed in)</source>
        <translation>（未登录）</translation>
    </message>
    <message>
        <source>Issue date: %1</source>
        <translation>开证日期：%1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>None (available with the advising bank)</source>
        <translation>无（在通知行兑用）</translation>
    </message>
    <message>
        <source>Nothing to correct: the terms pass the contract&apos;s checks.</source>
        <translation>无须更正：条款已通过合约校验。</translation>
    </message>
    <message numerus="yes">
        <source>To correct before submitting (%n):</source>
        <translation>
            <numerusform>提交前须更正（%n 项）：</numerusform>
        </translation>
    </message>
    <message>
        <source>L/C number</source>
        <translation>信用证编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>开证申请人</translation>
    </message>
    <message>
        <source>Applicant&apos;s unified social credit code</source>
        <translation>开证申请人统一社会信用代码</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>受益人</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s unified social credit code</source>
        <translation>受益人统一社会信用代码</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>通知行</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>溢短装</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Place of expiry</source>
        <translation>到期地点</translation>
    </message>
    <message>
        <source>Latest shipment date</source>
        <translation>最迟装运日</translation>
    </message>
    <message>
        <source>Presentation period</source>
        <translation>交单期</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <source>Goods or services</source>
        <translation>货物或服务</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>单据要求</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>费用承担</translation>
    </message>
</context>
<context>
    <name>lx::ui::LcListPage</name>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All banks</source>
        <translation>全部银行</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>The minimum amount is above the maximum.</source>
        <translation>最低金额高于最高金额。</translation>
    </message>
    <message>
        <source>The first issue date is after the last.</source>
        <translation>开证日期起晚于开证日期止。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n L/C(s)</source>
        <translation>
            <numerusform>%n 笔信用证</numerusform>
        </translation>
    </message>
    <message>
        <source>New letter of credit — %1</source>
        <translation>新开信用证 — %1</translation>
    </message>
    <message>
        <source>Letters of credit</source>
        <translation>信用证</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>交易对手</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>金额起</translation>
    </message>
    <message>
        <source>Amount to</source>
        <translation>金额止</translation>
    </message>
</context>
<context>
    <name>lx::ui::LedgerPage</name>
    <message>
        <source>Blocks</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>通道：%1</translation>
    </message>
    <message>
        <source>Block: %1</source>
        <translation>区块：%1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
</context>
<context>
    <name>lx::ui::ListExport</name>
    <message>
        <source>Export the list to CSV</source>
        <translation>将列表导出为逗号分隔值文件</translation>
    </message>
    <message>
        <source>Export the list to PDF</source>
        <translation>将列表导出为便携式文档</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The record is not loaded yet.</source>
        <translation>记录尚未载入。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存至 %1。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>lx::ui::LockScreen</name>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>Signed in: %1, %2, %3 (%4).</source>
        <extracomment>%1 the person&apos;s name, %2 their role (officer, checker…), %3 the bank, %4 the wallet&apos;s label</extracomment>
        <translation>当前登录：%1，%2，%3（%4）。</translation>
    </message>
    <message>
        <source>Enter the wallet passphrase.</source>
        <translation>请输入钱包口令。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is wrong. %n more wrong attempt(s) and LianXin signs out.</source>
        <translation>
            <numerusform>口令错误。再错 %n 次，联信将退出登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The consortium ledger cannot be opened: %1</source>
        <translation>无法打开联盟账本：%1</translation>
    </message>
    <message>
        <source>Unlocking failed: %1</source>
        <translation>解锁失败：%1</translation>
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
        <source>&amp;Import identity…</source>
        <translation>导入身份(&amp;I)…</translation>
    </message>
    <message>
        <source>Bring an identity from a Fabric msp folder into this wallet</source>
        <translation>从 Fabric 的 msp 文件夹将身份导入此钱包</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>Language, lock time, list size, folders and the ledger</source>
        <translation>语言、锁定时间、列表大小、文件夹和账本</translation>
    </message>
    <message>
        <source>&amp;Lock workstation</source>
        <translation>锁定工作台(&amp;L)</translation>
    </message>
    <message>
        <source>Hide every window and forget the keys until the passphrase is entered again</source>
        <translation>隐藏所有窗口并清除内存中的密钥，直到再次输入口令</translation>
    </message>
    <message>
        <source>LianXin &amp;guide</source>
        <translation>联信使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>What each role does, and on which screen</source>
        <translation>各角色的工作及其所在界面</translation>
    </message>
</context>
<context>
    <name>lx::ui::MspIdentityFields</name>
    <message>
        <source>Choose the identity&apos;s msp folder</source>
        <translation>选择该身份的 msp 文件夹</translation>
    </message>
    <message>
        <source>Choose the identity&apos;s msp folder (with signcerts/ and keystore/).</source>
        <translation>请选择该身份的 msp 文件夹（含 signcerts/ 和 keystore/）。</translation>
    </message>
    <message>
        <source>Give the MSP ID of the identity&apos;s organization, e.g. HuaxiaBankMSP.</source>
        <translation>请填写该身份所属组织的 MSP ID，例如 HuaxiaBankMSP。</translation>
    </message>
    <message>
        <source>Give the user name the identity has in the wallet, e.g. officer1.</source>
        <translation>请填写该身份在钱包中的用户名，例如 officer1。</translation>
    </message>
    <message>
        <source>&amp;msp folder:</source>
        <translation>msp 文件夹(&amp;M)：</translation>
    </message>
    <message>
        <source>msp folder of the identity</source>
        <translation>该身份的 msp 文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the msp folder</source>
        <translation>选择 msp 文件夹</translation>
    </message>
    <message>
        <source>MSP &amp;ID:</source>
        <extracomment>Fabric&apos;s membership service provider ID of an organization</extracomment>
        <translation>MSP 标识(&amp;I)：</translation>
    </message>
    <message>
        <source>MSP ID</source>
        <translation>MSP 标识</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>User name in the wallet</source>
        <translation>钱包中的用户名</translation>
    </message>
</context>
<context>
    <name>lx::ui::ProposalDetailPane</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A member and the person who acted for it, e.g. &quot;Huaxia Trade Bank (admin1)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose a recommendation</source>
        <translation>请选择建议</translation>
    </message>
    <message>
        <source>Choose a proposal in the list to see it whole.</source>
        <translation>在列表中选择一项提案即可查看其全部内容。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2), tier %3</source>
        <extracomment>The applicant of an admission: its name, MSP ID and obligor tier.</extracomment>
        <translation>%1（%2），第%3档</translation>
    </message>
    <message>
        <source>%1 — %2; %3 of %4 council votes cast</source>
        <extracomment>A proposal&apos;s status with its tally and how many of the electorate voted.</extracomment>
        <translation>%1 — %2；理事会 %4 票中已投 %3 票</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>由%1提出，%2</translation>
    </message>
    <message>
        <source>from %1 until the end of %2 (China time)</source>
        <extracomment>The voting period of a proposal; votes count until the end of the last day, China time.</extracomment>
        <translation>自 %1 起至 %2 日终（北京时间）</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>尚未作出决定。</translation>
    </message>
    <message>
        <source>%1 on %2, transaction %3</source>
        <extracomment>A decided proposal: its outcome, when (China time) and in which transaction.</extracomment>
        <translation>%2%1，交易 %3</translation>
    </message>
    <message>
        <source>Lines of business: %1</source>
        <translation>业务条线：%1</translation>
    </message>
    <message>
        <source>Seats after: %1</source>
        <translation>变更后的席位：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1/%2 of the council seats, rounded up</source>
        <translation>理事会席位的 %1/%2，向上取整</translation>
    </message>
    <message>
        <source>%1 per endorsement, %2 per transaction, %3 per available hour, %4 per approved yuan (milli-Gas)</source>
        <extracomment>Gas weights in milli-Gas per unit.</extracomment>
        <translation>每次背书 %1，每笔交易 %2，每可用小时 %3，每核准元 %4（毫 Gas）</translation>
    </message>
    <message>
        <source>Refuse a document presented under two L/Cs</source>
        <translation>拒绝在两份信用证下重复提交的单据</translation>
    </message>
    <message>
        <source>Accept a document presented under two L/Cs and flag it</source>
        <translation>接受在两份信用证下重复提交的单据并加以标记</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256 哈希值</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Expert opinions: none yet</source>
        <translation>专家意见：暂无</translation>
    </message>
    <message>
        <source>Expert opinions</source>
        <translation>专家意见</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>投票人</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>投票时间</translation>
    </message>
    <message>
        <source>Votes: none yet</source>
        <translation>投票：暂无</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Your vote is final once recorded; you are asked to confirm it.</source>
        <translation>表决一经记录即不可更改；投票前会请您确认。</translation>
    </message>
    <message>
        <source>Recorded for the council to read, not counted; your bank gives one opinion.</source>
        <translation>意见供理事会参阅，不计入票数；每家银行只提出一次意见。</translation>
    </message>
    <message>
        <source>Node cost of %1: %2 (%3)</source>
        <extracomment>%1 the month (YYYY-MM), %2 an amount of money, %3 what the cost is for.</extracomment>
        <translation>%1 的节点成本：%2（%3）</translation>
    </message>
</context>
<context>
    <name>lx::ui::QuoteBoardPage</name>
    <message>
        <source>Live quotes or recent deals</source>
        <translation>有效报价或近期成交</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All tenors</source>
        <translation>全部期限</translation>
    </message>
    <message>
        <source>As of %1: %2 live quotes</source>
        <translation>截至%1：有效报价%2笔</translation>
    </message>
    <message>
        <source>Post a quote — %1</source>
        <translation>发布报价 — %1</translation>
    </message>
    <message>
        <source>Report a deal — %1</source>
        <translation>报告成交 — %1</translation>
    </message>
    <message>
        <source>Obligor tier: %1</source>
        <translation>债务人等级：%1</translation>
    </message>
    <message>
        <source>Tenor: %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <source>Recent deals</source>
        <translation>近期成交</translation>
    </message>
    <message>
        <source>Live quotes</source>
        <translation>有效报价</translation>
    </message>
</context>
<context>
    <name>lx::ui::QuoteCurveChart</name>
    <message>
        <source>Best bid by tenor</source>
        <translation>按期限的最优买价</translation>
    </message>
    <message>
        <source>Tenor (days to maturity)</source>
        <translation>期限（距到期天数）</translation>
    </message>
    <message>
        <source>Rate (% p.a.)</source>
        <translation>利率（年%）</translation>
    </message>
</context>
<context>
    <name>lx::ui::QuoteDealForm</name>
    <message>
        <source>(not named)</source>
        <translation>（未指明）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An obligor bank in the deal report form, with its registry tier.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>lx::ui::QuotePostForm</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An obligor bank in the quote form, with its registry tier.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>lx::ui::RequiredDocumentsEditor</name>
    <message>
        <source>Type of document to add</source>
        <translation>要添加的单据类型</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>添加单据</translation>
    </message>
    <message>
        <source>Add the required document</source>
        <translation>添加所需单据</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>删除所选单据</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>单据要求</translation>
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
        <extracomment>%1 is a list like &quot;trust 3 · lc 12&quot;</extracomment>
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
    <message>
        <source>Local cache: closed</source>
        <translation>本地缓存：未打开</translation>
    </message>
    <message>
        <source>Local cache: catching up %1 / %2 blocks</source>
        <extracomment>Status bar: %1 blocks applied of %2</extracomment>
        <translation>本地缓存：正在同步 %1 / %2 个区块</translation>
    </message>
    <message>
        <source>Local cache: catching up…</source>
        <translation>本地缓存：正在同步…</translation>
    </message>
    <message>
        <source>Local cache: up to date (%1 blocks)</source>
        <extracomment>Status bar: the local cache holds every block up to this height</extracomment>
        <translation>本地缓存：已是最新（%1 个区块）</translation>
    </message>
    <message>
        <source>Local cache: paused at %1 blocks</source>
        <translation>本地缓存：已暂停于 %1 个区块</translation>
    </message>
    <message>
        <source>Local cache: ledger unavailable, retrying</source>
        <translation>本地缓存：账本不可用，正在重试</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n pending</source>
        <extracomment>Status bar: actions signed and stored, not yet committed on the ledger</extracomment>
        <translation>
            <numerusform>发件箱：%n 项待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: all sent</source>
        <translation>发件箱：已全部发送</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause catching up with the ledger</source>
        <translation>暂停与账本同步</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Resume catching up with the ledger</source>
        <translation>继续与账本同步</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Retry the ledger now</source>
        <translation>立即重新连接账本</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>查看发件箱</translation>
    </message>
    <message>
        <source>Network: %1 · peer %2</source>
        <extracomment>Status bar: %1 the network&apos;s name (its connection profile&apos;s), %2 the peer LianXin talks to</extracomment>
        <translation>网络：%1 · 节点 %2</translation>
    </message>
    <message>
        <source>Peer %1 at %2</source>
        <translation>节点 %1，地址 %2</translation>
    </message>
    <message>
        <source>Peer unreachable, retrying…</source>
        <extracomment>Status bar: the network&apos;s peer does not answer; LianXin keeps trying</extracomment>
        <translation>节点无法连接，正在重试…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <extracomment>Status bar: the ledger is the embedded sandbox consortium of the data folder</extracomment>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <extracomment>Status bar: %1 is a list like &quot;trust 3 · lc 12&quot;, each channel&apos;s height in blocks</extracomment>
        <translation>账本：%1</translation>
    </message>
</context>
<context>
    <name>lx::ui::SettingsDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>连接配置文件</translation>
    </message>
    <message>
        <source>Connection profiles (*.json *.yaml *.yml)</source>
        <translation>连接配置文件 (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export folder: %1</source>
        <translation>导出文件夹：%1</translation>
    </message>
    <message>
        <source>Data folder: give the folder LianXin opens at start.</source>
        <translation>数据文件夹：请填写联信启动时打开的文件夹。</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>Connection profile: choose the network&apos;s profile file, or the sandbox.</source>
        <translation>连接配置文件：请选择网络的配置文件，或改用沙箱。</translation>
    </message>
    <message>
        <source>Connection profile: give the file as a full path.</source>
        <translation>连接配置文件：请填写文件的完整路径。</translation>
    </message>
    <message>
        <source>Connection profile: %1</source>
        <translation>连接配置文件：%1</translation>
    </message>
    <message>
        <source>The ledger choice cannot be written into %1.</source>
        <translation>账本选择无法写入 %1。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>after a number of minutes in a spin box</extracomment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言列表</translation>
    </message>
    <message>
        <source>the organization&apos;s first peer</source>
        <translation>本机构的第一个节点</translation>
    </message>
    <message>
        <source>your documents folder</source>
        <translation>您的文档文件夹</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <message>
        <source>This bank&apos;s local cache was locked with another passphrase. Sign in with that passphrase, or ask your administrator to reset the cache: it is rebuilt from the ledger.</source>
        <translation>本行的本地缓存是用另一个口令加密的。请使用该口令登录，或请管理员重置缓存：缓存会从账本重新构建。</translation>
    </message>
    <message>
        <source>This bank&apos;s local cache failed its integrity check and was not opened (%1). Ask your administrator to reset it: it is rebuilt from the ledger.</source>
        <translation>本行的本地缓存未通过完整性校验，未被打开（%1）。请管理员重置缓存：缓存会从账本重新构建。</translation>
    </message>
</context>
<context>
    <name>lx::ui::WorklistPage</name>
    <message>
        <source>Nothing waits on you.</source>
        <translation>暂无待办事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) waiting</source>
        <translation>
            <numerusform>%n 项待办</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>待办事项</translation>
    </message>
</context>
<context>
    <name>lx::ui::WorkstationShell</name>
    <message>
        <source>LianXin</source>
        <translation>联信</translation>
    </message>
    <message>
        <source>The connection profile changed while joining: %1</source>
        <translation>加入过程中连接配置文件发生了变化：%1</translation>
    </message>
</context>
</TS>
