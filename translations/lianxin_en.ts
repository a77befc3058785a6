<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LianXin</source>
        <translation>About LianXin</translation>
    </message>
    <message>
        <source>The trade-finance workstation for banks in a consortium ledger: domestic letters of credit, forfaiting and bank guarantees.</source>
        <translation>The trade-finance workstation for banks in a consortium ledger: domestic letters of credit, forfaiting and bank guarantees.</translation>
    </message>
    <message>
        <source>Ledger:</source>
        <translation>Ledger:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Built with:</translation>
    </message>
    <message>
        <source>Libraries, versions and licences</source>
        <translation>Libraries, versions and licences</translation>
    </message>
    <message>
        <source>About buttons</source>
        <translation>About buttons</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Approvals summary</source>
        <translation>Approvals summary</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>What the draft changes</source>
        <translation>What the draft changes</translation>
    </message>
    <message>
        <source>Terms now and as drafted</source>
        <translation>Terms now and as drafted</translation>
    </message>
    <message>
        <source>Comment to the maker (needed to return the draft)</source>
        <translation>Comment to the maker (needed to return the draft)</translation>
    </message>
    <message>
        <source>Comment to the maker</source>
        <translation>Comment to the maker</translation>
    </message>
    <message>
        <source>Approval message</source>
        <translation>Approval message</translation>
    </message>
    <message>
        <source>Return to maker</source>
        <translation>Return to maker</translation>
    </message>
    <message>
        <source>Return the draft to its maker</source>
        <translation>Return the draft to its maker</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve the draft</source>
        <translation>Approve the draft</translation>
    </message>
    <message>
        <source>The record as it stands</source>
        <translation>The record as it stands</translation>
    </message>
    <message>
        <source>The record&apos;s terms now</source>
        <translation>The record&apos;s terms now</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>Result of the last export</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export the drafts awaiting approval to a CSV file</source>
        <translation>Export the drafts awaiting approval to a CSV file</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export the drafts awaiting approval to a PDF file</source>
        <translation>Export the drafts awaiting approval to a PDF file</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>The regulator&apos;s flags on deals (a bank sees those on its own deals):</source>
        <translation>The regulator&apos;s flags on deals (a bank sees those on its own deals):</translation>
    </message>
    <message>
        <source>The regulator&apos;s flags on deals</source>
        <translation>The regulator&apos;s flags on deals</translation>
    </message>
    <message>
        <source>Flag a deal</source>
        <translation>Flag a deal</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>Product of the deal to flag</source>
        <translation>Product of the deal to flag</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Deal:</translation>
    </message>
    <message>
        <source>Number of the deal to flag</source>
        <translation>Number of the deal to flag</translation>
    </message>
    <message>
        <source>L/C number, guarantee number or deal ID</source>
        <translation>L/C number, guarantee number or deal ID</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>The regulator&apos;s note for the banks party to the deal</source>
        <translation>The regulator&apos;s note for the banks party to the deal</translation>
    </message>
    <message>
        <source>F&amp;lag</source>
        <translation>F&amp;lag</translation>
    </message>
    <message>
        <source>Flag the deal</source>
        <translation>Flag the deal</translation>
    </message>
    <message>
        <source>Audit package</source>
        <translation>Audit package</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Channel of the audit package</source>
        <translation>Channel of the audit package</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>First day of the audit package (China time)</source>
        <translation>First day of the audit package (China time)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Last day of the audit package (China time)</source>
        <translation>Last day of the audit package (China time)</translation>
    </message>
    <message>
        <source>E&amp;xport package…</source>
        <translation>E&amp;xport package…</translation>
    </message>
    <message>
        <source>Export the signed audit package to a file</source>
        <translation>Export the signed audit package to a file</translation>
    </message>
    <message>
        <source>Result of the regulator&apos;s last action</source>
        <translation>Result of the regulator&apos;s last action</translation>
    </message>
</context>
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
    <name>BuildInfo</name>
    <message>
        <source>the embedded sandbox consortium in %1</source>
        <translation>the embedded sandbox consortium in %1</translation>
    </message>
    <message>
        <source>the Hyperledger Fabric network %1, through peer %2 (%3)</source>
        <translation>the Hyperledger Fabric network %1, through peer %2 (%3)</translation>
    </message>
    <message>
        <source>LianXin is licensed to the member banks, the secretariat and the regulator of the consortium under their membership agreement; all other rights reserved. The libraries below keep their own licences; their texts are installed with each Debian package under /usr/share/doc.</source>
        <translation>LianXin is licensed to the member banks, the secretariat and the regulator of the consortium under their membership agreement; all other rights reserved. The libraries below keep their own licences; their texts are installed with each Debian package under /usr/share/doc.</translation>
    </message>
</context>
<context>
    <name>ChannelConfigPanel</name>
    <message>
        <source>Channel configuration</source>
        <translation>Channel configuration</translation>
    </message>
    <message>
        <source>What the channel configuration is for</source>
        <translation>What the channel configuration is for</translation>
    </message>
    <message>
        <source>Configuration update of each channel</source>
        <translation>Configuration update of each channel</translation>
    </message>
    <message>
        <source>Where the configuration stands</source>
        <translation>Where the configuration stands</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>Prepare the configuration updates</source>
        <translation>Prepare the configuration updates</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Sign the configuration updates</source>
        <translation>Sign the configuration updates</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Submit the signed configuration updates</source>
        <translation>Submit the signed configuration updates</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Data folder of the workstation (default: %1).</source>
        <translation>Data folder of the workstation (default: %1).</translation>
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
    <message>
        <source>LianXin, the trade-finance workstation for banks in a consortium ledger.

On first run, when the data folder holds no consortium, LianXin creates a sandbox consortium there and asks for a new wallet passphrase (at least 8 characters).

Scripted runs: the environment variable LIANXIN_PASSPHRASE, or --passphrase-file, gives the passphrase. The sandbox is then created without asking, and together with --as LianXin signs in without asking. --passphrase-file wins over LIANXIN_PASSPHRASE.

A Fabric network instead of the sandbox: --network PROFILE (the bank&apos;s connection profile, JSON or YAML) and optionally --peer NAME. The data folder remembers the network, so later starts without --network open it again; the first start there offers to join it with an identity from an msp folder.</source>
        <translation>LianXin, the trade-finance workstation for banks in a consortium ledger.

On first run, when the data folder holds no consortium, LianXin creates a sandbox consortium there and asks for a new wallet passphrase (at least 8 characters).

Scripted runs: the environment variable LIANXIN_PASSPHRASE, or --passphrase-file, gives the passphrase. The sandbox is then created without asking, and together with --as LianXin signs in without asking. --passphrase-file wins over LIANXIN_PASSPHRASE.

A Fabric network instead of the sandbox: --network PROFILE (the bank&apos;s connection profile, JSON or YAML) and optionally --peer NAME. The data folder remembers the network, so later starts without --network open it again; the first start there offers to join it with an identity from an msp folder.</translation>
    </message>
    <message>
        <source>Open the Fabric network this connection profile (JSON or YAML) describes, and remember it in the data folder.</source>
        <translation>Open the Fabric network this connection profile (JSON or YAML) describes, and remember it in the data folder.</translation>
    </message>
    <message>
        <source>With --network (or a remembered network): talk to this peer of the profile (default: the organization&apos;s first peer).</source>
        <translation>With --network (or a remembered network): talk to this peer of the profile (default: the organization&apos;s first peer).</translation>
    </message>
    <message>
        <source>--peer needs --network PROFILE (the data folder remembers no network).</source>
        <translation>--peer needs --network PROFILE (the data folder remembers no network).</translation>
    </message>
    <message>
        <source>Cannot remember the network in %1.</source>
        <translation>Cannot remember the network in %1.</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en (default: the language chosen in Settings, else zh_CN when the system locale is Chinese, else en).</source>
        <translation>Interface language: zh_CN or en (default: the language chosen in Settings, else zh_CN when the system locale is Chinese, else en).</translation>
    </message>
</context>
<context>
    <name>DashboardsPage</name>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>Recomputing…</translation>
    </message>
    <message>
        <source>The dashboards are being recomputed</source>
        <translation>The dashboards are being recomputed</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>Result of the last export</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export every chart&apos;s figures to a CSV file</source>
        <translation>Export every chart&apos;s figures to a CSV file</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export every chart with its figures to a PDF file</source>
        <translation>Export every chart with its figures to a PDF file</translation>
    </message>
    <message>
        <source>Started between</source>
        <translation>Started between</translation>
    </message>
    <message>
        <source>Only deals started in a date range</source>
        <translation>Only deals started in a date range</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>First day of the range</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>Last day of the range</translation>
    </message>
    <message>
        <source>Bank filter</source>
        <translation>Bank filter</translation>
    </message>
    <message>
        <source>Product filter</source>
        <translation>Product filter</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>Deals behind the figure</source>
        <translation>Deals behind the figure</translation>
    </message>
    <message>
        <source>Number of deals shown</source>
        <translation>Number of deals shown</translation>
    </message>
    <message>
        <source>Deals behind the figure; double-click opens one</source>
        <translation>Deals behind the figure; double-click opens one</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>Result of the last export</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export these deals to a CSV file</source>
        <translation>Export these deals to a CSV file</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export these deals to a PDF file</source>
        <translation>Export these deals to a PDF file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the list of deals</source>
        <translation>Close the list of deals</translation>
    </message>
</context>
<context>
    <name>FfDealWindow</name>
    <message>
        <source>Forfaiting deal</source>
        <translation>Forfaiting deal</translation>
    </message>
    <message>
        <source>Deal and its state</source>
        <translation>Deal and its state</translation>
    </message>
    <message>
        <source>Deal terms</source>
        <translation>Deal terms</translation>
    </message>
    <message>
        <source>Timeline from the ledger</source>
        <translation>Timeline from the ledger</translation>
    </message>
    <message>
        <source>Deal timeline</source>
        <translation>Deal timeline</translation>
    </message>
    <message>
        <source>What this bank may do now</source>
        <translation>What this bank may do now</translation>
    </message>
    <message>
        <source>Deal actions</source>
        <translation>Deal actions</translation>
    </message>
    <message>
        <source>Deal messages</source>
        <translation>Deal messages</translation>
    </message>
</context>
<context>
    <name>FfQuoteForm</name>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Quote form</source>
        <translation>Quote form</translation>
    </message>
    <message>
        <source>Listing quoted</source>
        <translation>Listing quoted</translation>
    </message>
    <message>
        <source>&amp;Rate (% p.a.)</source>
        <translation>&amp;Rate (% p.a.)</translation>
    </message>
    <message>
        <source>Discount rate in percent per annum</source>
        <translation>Discount rate in percent per annum</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>Pricing method</source>
        <translation>Pricing method</translation>
    </message>
    <message>
        <source>&amp;Grace days</source>
        <translation>&amp;Grace days</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>Grace days</translation>
    </message>
    <message>
        <source>&amp;Fees (CNY)</source>
        <translation>&amp;Fees (CNY)</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>&amp;Value date</source>
        <translation>&amp;Value date</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Value date</translation>
    </message>
    <message>
        <source>Valid &amp;until (China time)</source>
        <translation>Valid &amp;until (China time)</translation>
    </message>
    <message>
        <source>Quote valid until</source>
        <translation>Quote valid until</translation>
    </message>
    <message>
        <source>Days (to maturity + grace)</source>
        <translation>Days (to maturity + grace)</translation>
    </message>
    <message>
        <source>Days priced</source>
        <translation>Days priced</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Discount amount</source>
        <translation>Discount amount</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Net amount</translation>
    </message>
    <message>
        <source>Net amount the buyer pays</source>
        <translation>Net amount the buyer pays</translation>
    </message>
    <message>
        <source>Why the quote cannot be sent</source>
        <translation>Why the quote cannot be sent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close the quote form</source>
        <translation>Close the quote form</translation>
    </message>
    <message>
        <source>Send quote to checker</source>
        <translation>Send quote to checker</translation>
    </message>
    <message>
        <source>Send the quote to a checker</source>
        <translation>Send the quote to a checker</translation>
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
    <message>
        <source>Load a demo book of letters of credit between the sandbox banks</source>
        <translation>Load a demo book of letters of credit between the sandbox banks</translation>
    </message>
    <message>
        <source>Load a demo book</source>
        <translation>Load a demo book</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Stop loading</translation>
    </message>
    <message>
        <source>Stop loading the demo book</source>
        <translation>Stop loading the demo book</translation>
    </message>
</context>
<context>
    <name>ForfaitingPage</name>
    <message>
        <source>Forfaiting</source>
        <translation>Forfaiting</translation>
    </message>
    <message>
        <source>Forfaiting views</source>
        <translation>Forfaiting views</translation>
    </message>
    <message>
        <source>Eligible claims</source>
        <translation>Eligible claims</translation>
    </message>
    <message>
        <source>Accepted deferred-payment presentations of this bank, maturing after today and not yet listed.</source>
        <translation>Accepted deferred-payment presentations of this bank, maturing after today and not yet listed.</translation>
    </message>
    <message>
        <source>List for sale</source>
        <translation>List for sale</translation>
    </message>
    <message>
        <source>List the claim for sale</source>
        <translation>List the claim for sale</translation>
    </message>
    <message>
        <source>Inquire</source>
        <translation>Inquire</translation>
    </message>
    <message>
        <source>Ask the market for indications</source>
        <translation>Ask the market for indications</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Live listings of other banks. Select one and quote a price.</source>
        <translation>Live listings of other banks. Select one and quote a price.</translation>
    </message>
    <message>
        <source>Market listings</source>
        <translation>Market listings</translation>
    </message>
    <message>
        <source>Quote…</source>
        <translation>Quote…</translation>
    </message>
    <message>
        <source>Quote on the listing</source>
        <translation>Quote on the listing</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>My listings</translation>
    </message>
    <message>
        <source>Our open listings; the quotes received on the selected one are compared below, the best net amount highlighted.</source>
        <translation>Our open listings; the quotes received on the selected one are compared below, the best net amount highlighted.</translation>
    </message>
    <message>
        <source>Quotes received</source>
        <translation>Quotes received</translation>
    </message>
    <message>
        <source>Accept quote</source>
        <translation>Accept quote</translation>
    </message>
    <message>
        <source>Accept the selected quote</source>
        <translation>Accept the selected quote</translation>
    </message>
    <message>
        <source>Withdraw listing</source>
        <translation>Withdraw listing</translation>
    </message>
    <message>
        <source>Withdraw the selected listing</source>
        <translation>Withdraw the selected listing</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Open deal…</source>
        <translation>Open deal…</translation>
    </message>
    <message>
        <source>Open the selected deal</source>
        <translation>Open the selected deal</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Portfolio totals</source>
        <translation>Portfolio totals</translation>
    </message>
    <message>
        <source>Forfaiting desk messages</source>
        <translation>Forfaiting desk messages</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>Result of the last export</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export the list of the current tab to a CSV file</source>
        <translation>Export the list of the current tab to a CSV file</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export the list of the current tab to a PDF file</source>
        <translation>Export the list of the current tab to a PDF file</translation>
    </message>
</context>
<context>
    <name>GasPane</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Month of the Gas report</source>
        <translation>Month of the Gas report</translation>
    </message>
    <message>
        <source>&amp;Recompute from the chain</source>
        <translation>&amp;Recompute from the chain</translation>
    </message>
    <message>
        <source>Recompute the month&apos;s Gas from the chain&apos;s blocks</source>
        <translation>Recompute the month&apos;s Gas from the chain&apos;s blocks</translation>
    </message>
    <message>
        <source>Reads the blocks the report names and checks every figure (docs/gas.md)</source>
        <translation>Reads the blocks the report names and checks every figure (docs/gas.md)</translation>
    </message>
    <message>
        <source>Result of the recomputation</source>
        <translation>Result of the recomputation</translation>
    </message>
    <message>
        <source>The month&apos;s report: weights, total, blocks counted</source>
        <translation>The month&apos;s report: weights, total, blocks counted</translation>
    </message>
    <message>
        <source>Gas of the month by member</source>
        <translation>Gas of the month by member</translation>
    </message>
    <message>
        <source>Gas balances of the members</source>
        <translation>Gas balances of the members</translation>
    </message>
</context>
<context>
    <name>GovernanceConfirmDialog</name>
    <message>
        <source>What you are asked to confirm</source>
        <translation>What you are asked to confirm</translation>
    </message>
    <message>
        <source>What you sign</source>
        <translation>What you sign</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>Result of the last export</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export the list shown to a CSV file</source>
        <translation>Export the list shown to a CSV file</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export the list shown to a PDF file</source>
        <translation>Export the list shown to a PDF file</translation>
    </message>
    <message>
        <source>Governance summary</source>
        <translation>Governance summary</translation>
    </message>
    <message>
        <source>Proposals and members</source>
        <translation>Proposals and members</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>Show proposals in this state</source>
        <translation>Show proposals in this state</translation>
    </message>
    <message>
        <source>The proposal chosen</source>
        <translation>The proposal chosen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Members of the consortium</source>
        <translation>Members of the consortium</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>Regulator</translation>
    </message>
</context>
<context>
    <name>GuaranteeActionForm</name>
    <message>
        <source>Action and guarantee</source>
        <translation>Action and guarantee</translation>
    </message>
    <message>
        <source>Increase amount by</source>
        <translation>Increase amount by</translation>
    </message>
    <message>
        <source>Increase of the amount</source>
        <translation>Increase of the amount</translation>
    </message>
    <message>
        <source>Decrease amount by</source>
        <translation>Decrease amount by</translation>
    </message>
    <message>
        <source>Decrease of the amount</source>
        <translation>Decrease of the amount</translation>
    </message>
    <message>
        <source>New expiry date</source>
        <translation>New expiry date</translation>
    </message>
    <message>
        <source>Change the expiry date</source>
        <translation>Change the expiry date</translation>
    </message>
    <message>
        <source>New expiry event</source>
        <translation>New expiry event</translation>
    </message>
    <message>
        <source>Unchanged when empty</source>
        <translation>Unchanged when empty</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Narrative of the amendment</source>
        <translation>Narrative of the amendment</translation>
    </message>
    <message>
        <source>Amount demanded</source>
        <translation>Amount demanded</translation>
    </message>
    <message>
        <source>Statement of breach</source>
        <translation>Statement of breach</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s statement of breach</source>
        <translation>Beneficiary&apos;s statement of breach</translation>
    </message>
    <message>
        <source>In what respect the applicant is in breach (URDG 758 art. 15)</source>
        <translation>In what respect the applicant is in breach (URDG 758 art. 15)</translation>
    </message>
    <message>
        <source>Extend or pay</source>
        <translation>Extend or pay</translation>
    </message>
    <message>
        <source>Extend or pay: new expiry asked for</source>
        <translation>Extend or pay: new expiry asked for</translation>
    </message>
    <message>
        <source>Requested expiry</source>
        <translation>Requested expiry</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>Demand to examine</source>
        <translation>Demand to examine</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Complying</source>
        <translation>Complying</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Reject (one notice)</source>
        <translation>Reject (one notice)</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Discrepancies</translation>
    </message>
    <message>
        <source>Discrepancies, one per line</source>
        <translation>Discrepancies, one per line</translation>
    </message>
    <message>
        <source>Every discrepancy, one per line: CODE: description</source>
        <translation>Every discrepancy, one per line: CODE: description</translation>
    </message>
    <message>
        <source>Demand whose payment is suspended</source>
        <translation>Demand whose payment is suspended</translation>
    </message>
    <message>
        <source>Suspend until</source>
        <translation>Suspend until</translation>
    </message>
    <message>
        <source>Suspend payment until</source>
        <translation>Suspend payment until</translation>
    </message>
    <message>
        <source>Extend-or-pay demand</source>
        <translation>Extend-or-pay demand</translation>
    </message>
    <message>
        <source>Extend to</source>
        <translation>Extend to</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>Reduction clause or consent</source>
        <translation>Reduction clause or consent</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Amount reduced by consent</source>
        <translation>Amount reduced by consent</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s consent</source>
        <translation>Beneficiary&apos;s consent</translation>
    </message>
    <message>
        <source>Reference of the beneficiary&apos;s consent</source>
        <translation>Reference of the beneficiary&apos;s consent</translation>
    </message>
    <message>
        <source>Release letter</source>
        <translation>Release letter</translation>
    </message>
    <message>
        <source>Reference of the beneficiary&apos;s release letter</source>
        <translation>Reference of the beneficiary&apos;s release letter</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Court ordering the stop-payment</source>
        <translation>Court ordering the stop-payment</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Number of the stop-payment order</source>
        <translation>Number of the stop-payment order</translation>
    </message>
    <message>
        <source>Lifting order</source>
        <translation>Lifting order</translation>
    </message>
    <message>
        <source>Number of the court&apos;s lifting order</source>
        <translation>Number of the court&apos;s lifting order</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>What to correct</translation>
    </message>
    <message>
        <source>Close without drafting</source>
        <translation>Close without drafting</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Submit the draft for approval</source>
        <translation>Submit the draft for approval</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Date the demand was received</source>
        <translation>Date the demand was received</translation>
    </message>
    <message>
        <source>The day your bank received the demand; it counts for expiry and the examination period. The checker must approve within 3 business days of it.</source>
        <translation>The day your bank received the demand; it counts for expiry and the examination period. The checker must approve within 3 business days of it.</translation>
    </message>
</context>
<context>
    <name>GuaranteeIssueForm</name>
    <message>
        <source>Issue a demand guarantee (URDG 758)</source>
        <translation>Issue a demand guarantee (URDG 758)</translation>
    </message>
    <message>
        <source>Guarantee number</source>
        <translation>Guarantee number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type of guarantee</source>
        <translation>Type of guarantee</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>How the guarantee expires</source>
        <translation>How the guarantee expires</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Expiry event</source>
        <translation>Expiry event</translation>
    </message>
    <message>
        <source>Event on which the guarantee expires</source>
        <translation>Event on which the guarantee expires</translation>
    </message>
    <message>
        <source>e.g. the taking-over certificate of the works</source>
        <translation>e.g. the taking-over certificate of the works</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <source>Applicant&apos;s USCC</source>
        <translation>Applicant&apos;s USCC</translation>
    </message>
    <message>
        <source>Applicant&apos;s unified social credit code</source>
        <translation>Applicant&apos;s unified social credit code</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s name</source>
        <translation>Beneficiary&apos;s name</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s USCC</source>
        <translation>Beneficiary&apos;s USCC</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s unified social credit code</source>
        <translation>Beneficiary&apos;s unified social credit code</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>Advising bank</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <source>Guarantee amount</source>
        <translation>Guarantee amount</translation>
    </message>
    <message>
        <source>e.g. 1,000,000.00</source>
        <translation>e.g. 1,000,000.00</translation>
    </message>
    <message>
        <source>Underlying contract</source>
        <translation>Underlying contract</translation>
    </message>
    <message>
        <source>Reference of the underlying contract</source>
        <translation>Reference of the underlying contract</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Contract date</translation>
    </message>
    <message>
        <source>Date of the underlying contract</source>
        <translation>Date of the underlying contract</translation>
    </message>
    <message>
        <source>Contract description</source>
        <translation>Contract description</translation>
    </message>
    <message>
        <source>Description of the underlying contract</source>
        <translation>Description of the underlying contract</translation>
    </message>
    <message>
        <source>Reduction schedule</source>
        <translation>Reduction schedule</translation>
    </message>
    <message>
        <source>Reduction schedule: date and amount of each clause</source>
        <translation>Reduction schedule: date and amount of each clause</translation>
    </message>
    <message>
        <source>Date (yyyy-mm-dd)</source>
        <translation>Date (yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>Reduced by (CNY)</source>
        <translation>Reduced by (CNY)</translation>
    </message>
    <message>
        <source>Add clause</source>
        <translation>Add clause</translation>
    </message>
    <message>
        <source>Add a reduction clause</source>
        <translation>Add a reduction clause</translation>
    </message>
    <message>
        <source>Remove clause</source>
        <translation>Remove clause</translation>
    </message>
    <message>
        <source>Remove the selected reduction clause</source>
        <translation>Remove the selected reduction clause</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Terms of the guarantee</source>
        <translation>Terms of the guarantee</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>What to correct</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Submit the guarantee for approval</source>
        <translation>Submit the guarantee for approval</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
</context>
<context>
    <name>GuaranteeListPage</name>
    <message>
        <source>Guarantees</source>
        <translation>Guarantees</translation>
    </message>
    <message>
        <source>New guarantee…</source>
        <translation>New guarantee…</translation>
    </message>
    <message>
        <source>Draft a new guarantee</source>
        <translation>Draft a new guarantee</translation>
    </message>
    <message>
        <source>Number of matching guarantees</source>
        <translation>Number of matching guarantees</translation>
    </message>
    <message>
        <source>Search number, applicant, beneficiary, underlying contract</source>
        <translation>Search number, applicant, beneficiary, underlying contract</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>State filter</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Type filter</translation>
    </message>
    <message>
        <source>Counterparty bank filter</source>
        <translation>Counterparty bank filter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Clear every filter</translation>
    </message>
    <message>
        <source>Guarantees of the bank</source>
        <translation>Guarantees of the bank</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>Result of the last export</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export the listed guarantees to a CSV file</source>
        <translation>Export the listed guarantees to a CSV file</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export the listed guarantees to a PDF file</source>
        <translation>Export the listed guarantees to a PDF file</translation>
    </message>
</context>
<context>
    <name>GuaranteeWindow</name>
    <message>
        <source>Guarantee and its state</source>
        <translation>Guarantee and its state</translation>
    </message>
    <message>
        <source>Summary of the guarantee</source>
        <translation>Summary of the guarantee</translation>
    </message>
    <message>
        <source>Examination deadline of the open demand</source>
        <translation>Examination deadline of the open demand</translation>
    </message>
    <message>
        <source>Parts of the guarantee</source>
        <translation>Parts of the guarantee</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Terms of the guarantee</source>
        <translation>Terms of the guarantee</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>Amendments of the guarantee</source>
        <translation>Amendments of the guarantee</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Demands</translation>
    </message>
    <message>
        <source>Demands under the guarantee</source>
        <translation>Demands under the guarantee</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Ledger timeline of the guarantee</source>
        <translation>Ledger timeline of the guarantee</translation>
    </message>
    <message>
        <source>What happened to the last action</source>
        <translation>What happened to the last action</translation>
    </message>
    <message>
        <source>Print guarantee (PDF)…</source>
        <translation>Print guarantee (PDF)…</translation>
    </message>
    <message>
        <source>Print this guarantee to a PDF file</source>
        <translation>Print this guarantee to a PDF file</translation>
    </message>
</context>
<context>
    <name>LcActionForm</name>
    <message>
        <source>Action and L/C</source>
        <translation>Action and L/C</translation>
    </message>
    <message>
        <source>Increase amount by</source>
        <translation>Increase amount by</translation>
    </message>
    <message>
        <source>Increase of the amount</source>
        <translation>Increase of the amount</translation>
    </message>
    <message>
        <source>Decrease amount by</source>
        <translation>Decrease amount by</translation>
    </message>
    <message>
        <source>Decrease of the amount</source>
        <translation>Decrease of the amount</translation>
    </message>
    <message>
        <source>New expiry date</source>
        <translation>New expiry date</translation>
    </message>
    <message>
        <source>Change the expiry date</source>
        <translation>Change the expiry date</translation>
    </message>
    <message>
        <source>New latest shipment date</source>
        <translation>New latest shipment date</translation>
    </message>
    <message>
        <source>Change the latest shipment date</source>
        <translation>Change the latest shipment date</translation>
    </message>
    <message>
        <source>New goods description</source>
        <translation>New goods description</translation>
    </message>
    <message>
        <source>Unchanged when empty</source>
        <translation>Unchanged when empty</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Amount presented</source>
        <translation>Amount presented</translation>
    </message>
    <message>
        <source>Shipment date</source>
        <translation>Shipment date</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Document date</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Type of the next document</source>
        <translation>Type of the next document</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Documents to present</source>
        <translation>Documents to present</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Attach a document</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Presentation to examine</source>
        <translation>Presentation to examine</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Complying</source>
        <translation>Complying</translation>
    </message>
    <message>
        <source>Discrepant</source>
        <translation>Discrepant</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Discrepancies</translation>
    </message>
    <message>
        <source>Discrepancies, one per line</source>
        <translation>Discrepancies, one per line</translation>
    </message>
    <message>
        <source>One per line: CODE: description, e.g. LATE_SHIPMENT: shipped after the latest date</source>
        <translation>One per line: CODE: description, e.g. LATE_SHIPMENT: shipped after the latest date</translation>
    </message>
    <message>
        <source>Presentation to refuse</source>
        <translation>Presentation to refuse</translation>
    </message>
    <message>
        <source>Hold the documents</source>
        <translation>Hold the documents</translation>
    </message>
    <message>
        <source>Hold at the presenter&apos;s disposal</source>
        <translation>Hold at the presenter&apos;s disposal</translation>
    </message>
    <message>
        <source>Return the documents</source>
        <translation>Return the documents</translation>
    </message>
    <message>
        <source>Return to the presenter</source>
        <translation>Return to the presenter</translation>
    </message>
    <message>
        <source>Presentation whose discrepancies are waived</source>
        <translation>Presentation whose discrepancies are waived</translation>
    </message>
    <message>
        <source>Applicant&apos;s consent</source>
        <translation>Applicant&apos;s consent</translation>
    </message>
    <message>
        <source>Reference of the applicant&apos;s consent</source>
        <translation>Reference of the applicant&apos;s consent</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s consent</source>
        <translation>Beneficiary&apos;s consent</translation>
    </message>
    <message>
        <source>Reference of the beneficiary&apos;s consent</source>
        <translation>Reference of the beneficiary&apos;s consent</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>What to correct</translation>
    </message>
    <message>
        <source>Close without drafting</source>
        <translation>Close without drafting</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Submit the draft for approval</source>
        <translation>Submit the draft for approval</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Date the documents were received</source>
        <translation>Date the documents were received</translation>
    </message>
    <message>
        <source>The day your bank received the documents; it counts for expiry, the presentation period and the examination deadline. The checker must approve within 3 business days of it.</source>
        <translation>The day your bank received the documents; it counts for expiry, the presentation period and the examination deadline. The checker must approve within 3 business days of it.</translation>
    </message>
    <message>
        <source>Documents presented under other L/Cs too</source>
        <translation>Documents presented under other L/Cs too</translation>
    </message>
    <message>
        <source>Your finding on them</source>
        <translation>Your finding on them</translation>
    </message>
    <message>
        <source>Your finding on the documents presented under other L/Cs</source>
        <translation>Your finding on the documents presented under other L/Cs</translation>
    </message>
    <message>
        <source>What you found, e.g. the other L/C&apos;s drawing was refused; the applicant confirms two shipments</source>
        <translation>What you found, e.g. the other L/C&apos;s drawing was refused; the applicant confirms two shipments</translation>
    </message>
</context>
<context>
    <name>LcDetailWindow</name>
    <message>
        <source>L/C number and state</source>
        <translation>L/C number and state</translation>
    </message>
    <message>
        <source>L/C summary</source>
        <translation>L/C summary</translation>
    </message>
    <message>
        <source>L/C details</source>
        <translation>L/C details</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Terms of the L/C</source>
        <translation>Terms of the L/C</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Presentations</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Presented documents</source>
        <translation>Presented documents</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Ledger transactions of the L/C</source>
        <translation>Ledger transactions of the L/C</translation>
    </message>
    <message>
        <source>Action message</source>
        <translation>Action message</translation>
    </message>
    <message>
        <source>Print advice (PDF)…</source>
        <translation>Print advice (PDF)…</translation>
    </message>
    <message>
        <source>Print the advice of this L/C to a PDF file</source>
        <translation>Print the advice of this L/C to a PDF file</translation>
    </message>
</context>
<context>
    <name>LcIssueForm</name>
    <message>
        <source>Issue a domestic L/C</source>
        <translation>Issue a domestic L/C</translation>
    </message>
    <message>
        <source>Domestic L/C issuance</source>
        <translation>Domestic L/C issuance</translation>
    </message>
    <message>
        <source>L/C &amp;number:</source>
        <translation>L/C &amp;number:</translation>
    </message>
    <message>
        <source>L/C number</source>
        <translation>L/C number</translation>
    </message>
    <message>
        <source>Issuing bank</source>
        <translation>Issuing bank</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>L/C terms</source>
        <translation>L/C terms</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>Applicant name</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <source>Applicant unified social credit code</source>
        <translation>Applicant unified social credit code</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>Account number:</translation>
    </message>
    <message>
        <source>Applicant account number</source>
        <translation>Applicant account number</translation>
    </message>
    <message>
        <source>Account bank:</source>
        <translation>Account bank:</translation>
    </message>
    <message>
        <source>Applicant account bank</source>
        <translation>Applicant account bank</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Applicant address</source>
        <translation>Applicant address</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Beneficiary name</source>
        <translation>Beneficiary name</translation>
    </message>
    <message>
        <source>Beneficiary unified social credit code</source>
        <translation>Beneficiary unified social credit code</translation>
    </message>
    <message>
        <source>Beneficiary account number</source>
        <translation>Beneficiary account number</translation>
    </message>
    <message>
        <source>Beneficiary account bank</source>
        <translation>Beneficiary account bank</translation>
    </message>
    <message>
        <source>Beneficiary address</source>
        <translation>Beneficiary address</translation>
    </message>
    <message>
        <source>Advising bank:</source>
        <translation>Advising bank:</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>Advising bank</translation>
    </message>
    <message>
        <source>Nominated bank:</source>
        <translation>Nominated bank:</translation>
    </message>
    <message>
        <source>Nominated bank</source>
        <translation>Nominated bank</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Amount in figures</source>
        <translation>Amount in figures</translation>
    </message>
    <message>
        <source>Amount in words:</source>
        <translation>Amount in words:</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>Amount in words</translation>
    </message>
    <message>
        <source>Tolerance, more (%):</source>
        <translation>Tolerance, more (%):</translation>
    </message>
    <message>
        <source>Tolerance, more, in percent</source>
        <translation>Tolerance, more, in percent</translation>
    </message>
    <message>
        <source>Tolerance, less (%):</source>
        <translation>Tolerance, less (%):</translation>
    </message>
    <message>
        <source>Tolerance, less, in percent</source>
        <translation>Tolerance, less, in percent</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Expiry date:</source>
        <translation>Expiry date:</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Place of expiry:</source>
        <translation>Place of expiry:</translation>
    </message>
    <message>
        <source>Place of expiry</source>
        <translation>Place of expiry</translation>
    </message>
    <message>
        <source>State a latest shipment date (otherwise the expiry date)</source>
        <translation>State a latest shipment date (otherwise the expiry date)</translation>
    </message>
    <message>
        <source>State a latest shipment date</source>
        <translation>State a latest shipment date</translation>
    </message>
    <message>
        <source>Latest shipment date:</source>
        <translation>Latest shipment date:</translation>
    </message>
    <message>
        <source>Latest shipment date</source>
        <translation>Latest shipment date</translation>
    </message>
    <message>
        <source>Presentation period:</source>
        <translation>Presentation period:</translation>
    </message>
    <message>
        <source>Presentation period in days after shipment</source>
        <translation>Presentation period in days after shipment</translation>
    </message>
    <message>
        <source>21 days (default)</source>
        <translation>21 days (default)</translation>
    </message>
    <message>
        <source> days after shipment</source>
        <translation> days after shipment</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Payment term:</source>
        <translation>Payment term:</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Payment term</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>At sight</source>
        <translation>At sight</translation>
    </message>
    <message>
        <source>Deferred payment</source>
        <translation>Deferred payment</translation>
    </message>
    <message>
        <source>Maturity:</source>
        <translation>Maturity:</translation>
    </message>
    <message>
        <source>Maturity basis</source>
        <translation>Maturity basis</translation>
    </message>
    <message>
        <source>Days after the document date</source>
        <translation>Days after the document date</translation>
    </message>
    <message>
        <source>Days after the shipment date</source>
        <translation>Days after the shipment date</translation>
    </message>
    <message>
        <source>Days after sight</source>
        <translation>Days after sight</translation>
    </message>
    <message>
        <source>On a fixed date</source>
        <translation>On a fixed date</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <source>Days to maturity</source>
        <translation>Days to maturity</translation>
    </message>
    <message>
        <source>Maturity date:</source>
        <translation>Maturity date:</translation>
    </message>
    <message>
        <source>Fixed maturity date</source>
        <translation>Fixed maturity date</translation>
    </message>
    <message>
        <source>Charges borne by:</source>
        <translation>Charges borne by:</translation>
    </message>
    <message>
        <source>Charges borne by</source>
        <translation>Charges borne by</translation>
    </message>
    <message>
        <source>The applicant</source>
        <translation>The applicant</translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation>The beneficiary</translation>
    </message>
    <message>
        <source>Shared: issuing bank&apos;s charges by the applicant, others by the beneficiary</source>
        <translation>Shared: issuing bank&apos;s charges by the applicant, others by the beneficiary</translation>
    </message>
    <message>
        <source>Charges details:</source>
        <translation>Charges details:</translation>
    </message>
    <message>
        <source>Charges details</source>
        <translation>Charges details</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <source>Goods or services:</source>
        <translation>Goods or services:</translation>
    </message>
    <message>
        <source>Goods or services</source>
        <translation>Goods or services</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Description of goods or services:</source>
        <translation>Description of goods or services:</translation>
    </message>
    <message>
        <source>Description of goods or services</source>
        <translation>Description of goods or services</translation>
    </message>
    <message>
        <source>Shipment from:</source>
        <translation>Shipment from:</translation>
    </message>
    <message>
        <source>Shipment from</source>
        <translation>Shipment from</translation>
    </message>
    <message>
        <source>Shipment to:</source>
        <translation>Shipment to:</translation>
    </message>
    <message>
        <source>Shipment to</source>
        <translation>Shipment to</translation>
    </message>
    <message>
        <source>Partial shipments allowed</source>
        <translation>Partial shipments allowed</translation>
    </message>
    <message>
        <source>Transhipment allowed</source>
        <translation>Transhipment allowed</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Required documents</translation>
    </message>
    <message>
        <source>Additional conditions:</source>
        <translation>Additional conditions:</translation>
    </message>
    <message>
        <source>Additional conditions</source>
        <translation>Additional conditions</translation>
    </message>
    <message>
        <source>To correct before submitting:</source>
        <translation>To correct before submitting:</translation>
    </message>
    <message>
        <source>Terms to correct</source>
        <translation>Terms to correct</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
</context>
<context>
    <name>LcListPage</name>
    <message>
        <source>Letters of credit</source>
        <translation>Letters of credit</translation>
    </message>
    <message>
        <source>Number of matching L/Cs</source>
        <translation>Number of matching L/Cs</translation>
    </message>
    <message>
        <source>Search L/C no., applicant, beneficiary, goods</source>
        <translation>Search L/C no., applicant, beneficiary, goods</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>State filter</translation>
    </message>
    <message>
        <source>Counterparty bank filter</source>
        <translation>Counterparty bank filter</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Issued from</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Issued to</translation>
    </message>
    <message>
        <source>Min amount</source>
        <translation>Min amount</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Minimum amount</translation>
    </message>
    <message>
        <source>Max amount</source>
        <translation>Max amount</translation>
    </message>
    <message>
        <source>Maximum amount</source>
        <translation>Maximum amount</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>Filter error</translation>
    </message>
    <message>
        <source>New L/C…</source>
        <translation>New L/C…</translation>
    </message>
    <message>
        <source>Draft a new letter of credit</source>
        <translation>Draft a new letter of credit</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>Result of the last export</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export the listed L/Cs to a CSV file</source>
        <translation>Export the listed L/Cs to a CSV file</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export the listed L/Cs to a PDF file</source>
        <translation>Export the listed L/Cs to a PDF file</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>Channels and their ledger height</source>
        <translation>Channels and their ledger height</translation>
    </message>
    <message>
        <source>Blocks of the selected channel, newest first</source>
        <translation>Blocks of the selected channel, newest first</translation>
    </message>
    <message>
        <source>Filter the transactions of the block</source>
        <translation>Filter the transactions of the block</translation>
    </message>
    <message>
        <source>Filter transactions</source>
        <translation>Filter transactions</translation>
    </message>
    <message>
        <source>Transactions of the selected block</source>
        <translation>Transactions of the selected block</translation>
    </message>
    <message>
        <source>Decoded transaction: read-write set, arguments and response</source>
        <translation>Decoded transaction: read-write set, arguments and response</translation>
    </message>
    <message>
        <source>Verify the chain of the selected channel</source>
        <translation>Verify the chain of the selected channel</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Chain verification progress</source>
        <translation>Chain verification progress</translation>
    </message>
    <message>
        <source>Cancel the chain verification</source>
        <translation>Cancel the chain verification</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chain verification result</source>
        <translation>Chain verification result</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>Result of the last export</translation>
    </message>
    <message>
        <source>Export blocks CSV…</source>
        <translation>Export blocks CSV…</translation>
    </message>
    <message>
        <source>Export the blocks of the selected channel to a CSV file</source>
        <translation>Export the blocks of the selected channel to a CSV file</translation>
    </message>
    <message>
        <source>Export blocks PDF…</source>
        <translation>Export blocks PDF…</translation>
    </message>
    <message>
        <source>Export the blocks of the selected channel to a PDF file</source>
        <translation>Export the blocks of the selected channel to a PDF file</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export the transactions of the selected block to a CSV file</source>
        <translation>Export the transactions of the selected block to a CSV file</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export the transactions of the selected block to a PDF file</source>
        <translation>Export the transactions of the selected block to a PDF file</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — LianXin</source>
        <translation>Locked — LianXin</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Workstation locked</translation>
    </message>
    <message>
        <source>LianXin is locked</source>
        <translation>LianXin is locked</translation>
    </message>
    <message>
        <source>Your windows and unsaved work are kept. Enter the wallet passphrase to go on where you were.</source>
        <translation>Your windows and unsaved work are kept. Enter the wallet passphrase to go on where you were.</translation>
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
        <source>Unlock message</source>
        <translation>Unlock message</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Every action you take is signed and kept here before it goes to the ledger, and stays here with its outcome.</source>
        <translation>Every action you take is signed and kept here before it goes to the ledger, and stays here with its outcome.</translation>
    </message>
    <message>
        <source>Actions and where they stand</source>
        <translation>Actions and where they stand</translation>
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
    <name>ProposalDetailPane</name>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>What the proposal decides</source>
        <translation>What the proposal decides</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>The member the proposal is about</source>
        <translation>The member the proposal is about</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Change:</translation>
    </message>
    <message>
        <source>The change the proposal makes</source>
        <translation>The change the proposal makes</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status and tally</source>
        <translation>Status and tally</translation>
    </message>
    <message>
        <source>Proposed:</source>
        <translation>Proposed:</translation>
    </message>
    <message>
        <source>Who proposed it and when</source>
        <translation>Who proposed it and when</translation>
    </message>
    <message>
        <source>Voting:</source>
        <translation>Voting:</translation>
    </message>
    <message>
        <source>Voting period</source>
        <translation>Voting period</translation>
    </message>
    <message>
        <source>Electorate:</source>
        <translation>Electorate:</translation>
    </message>
    <message>
        <source>Council members who vote</source>
        <translation>Council members who vote</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Materials of the proposal</source>
        <translation>Materials of the proposal</translation>
    </message>
    <message>
        <source>Expert opinions</source>
        <translation>Expert opinions</translation>
    </message>
    <message>
        <source>Expert opinions on the proposal</source>
        <translation>Expert opinions on the proposal</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Votes cast on the proposal</source>
        <translation>Votes cast on the proposal</translation>
    </message>
    <message>
        <source>Your bank&apos;s vote</source>
        <translation>Your bank&apos;s vote</translation>
    </message>
    <message>
        <source>Why you cannot vote</source>
        <translation>Why you cannot vote</translation>
    </message>
    <message>
        <source>Yes…</source>
        <translation>Yes…</translation>
    </message>
    <message>
        <source>Vote yes</source>
        <translation>Vote yes</translation>
    </message>
    <message>
        <source>No…</source>
        <translation>No…</translation>
    </message>
    <message>
        <source>Vote no</source>
        <translation>Vote no</translation>
    </message>
    <message>
        <source>Abstain…</source>
        <translation>Abstain…</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>Expert opinion</source>
        <translation>Expert opinion</translation>
    </message>
    <message>
        <source>Why you cannot give an opinion</source>
        <translation>Why you cannot give an opinion</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Opinion text</source>
        <translation>Opinion text</translation>
    </message>
    <message>
        <source>The committee&apos;s opinion (at most 8,000 bytes)</source>
        <translation>The committee&apos;s opinion (at most 8,000 bytes)</translation>
    </message>
    <message>
        <source>Record opinion…</source>
        <translation>Record opinion…</translation>
    </message>
    <message>
        <source>Record the opinion</source>
        <translation>Record the opinion</translation>
    </message>
    <message>
        <source>Result of your last action</source>
        <translation>Result of your last action</translation>
    </message>
</context>
<context>
    <name>QuoteBoardPage</name>
    <message>
        <source>Unified quote board</source>
        <translation>Unified quote board</translation>
    </message>
    <message>
        <source>Obligor tier</source>
        <translation>Obligor tier</translation>
    </message>
    <message>
        <source>Filter by obligor tier</source>
        <translation>Filter by obligor tier</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Tenor</translation>
    </message>
    <message>
        <source>Filter by tenor bucket</source>
        <translation>Filter by tenor bucket</translation>
    </message>
    <message>
        <source>Board summary</source>
        <translation>Board summary</translation>
    </message>
    <message>
        <source>Post a quote</source>
        <translation>Post a quote</translation>
    </message>
    <message>
        <source>Post a quote…</source>
        <translation>Post a quote…</translation>
    </message>
    <message>
        <source>Report a deal</source>
        <translation>Report a deal</translation>
    </message>
    <message>
        <source>Report a deal…</source>
        <translation>Report a deal…</translation>
    </message>
    <message>
        <source>Board: best rates and depth by tenor and obligor tier</source>
        <translation>Board: best rates and depth by tenor and obligor tier</translation>
    </message>
    <message>
        <source>Quote board</source>
        <translation>Quote board</translation>
    </message>
    <message>
        <source>Quote board by tenor and obligor tier</source>
        <translation>Quote board by tenor and obligor tier</translation>
    </message>
    <message>
        <source>Best bid by tenor, one line per obligor tier</source>
        <translation>Best bid by tenor, one line per obligor tier</translation>
    </message>
    <message>
        <source>Rate by tenor curve</source>
        <translation>Rate by tenor curve</translation>
    </message>
    <message>
        <source>Live quotes and recent deals</source>
        <translation>Live quotes and recent deals</translation>
    </message>
    <message>
        <source>Live quotes</source>
        <translation>Live quotes</translation>
    </message>
    <message>
        <source>Why the quote cannot be withdrawn</source>
        <translation>Why the quote cannot be withdrawn</translation>
    </message>
    <message>
        <source>Withdraw the selected quote</source>
        <translation>Withdraw the selected quote</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Recent deals</source>
        <translation>Recent deals</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>Result of the last export</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export the live quotes or recent deals shown to a CSV file</source>
        <translation>Export the live quotes or recent deals shown to a CSV file</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export the live quotes or recent deals shown to a PDF file</source>
        <translation>Export the live quotes or recent deals shown to a PDF file</translation>
    </message>
</context>
<context>
    <name>QuoteDealForm</name>
    <message>
        <source>Report the price of a forfaiting deal your bank concluded, so the market sees where claims trade. A checker approves the report; a deal is reported once.</source>
        <translation>Report the price of a forfaiting deal your bank concluded, so the market sees where claims trade. A checker approves the report; a deal is reported once.</translation>
    </message>
    <message>
        <source>Forfaiting deal ID</source>
        <translation>Forfaiting deal ID</translation>
    </message>
    <message>
        <source>Obligor</source>
        <translation>Obligor</translation>
    </message>
    <message>
        <source>Obligor tier or bank</source>
        <translation>Obligor tier or bank</translation>
    </message>
    <message>
        <source>Tenor (days)</source>
        <translation>Tenor (days)</translation>
    </message>
    <message>
        <source>Tenor in days at the trade date</source>
        <translation>Tenor in days at the trade date</translation>
    </message>
    <message>
        <source>Rate (% p.a.)</source>
        <translation>Rate (% p.a.)</translation>
    </message>
    <message>
        <source>Discount rate in percent per annum</source>
        <translation>Discount rate in percent per annum</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Discount method</source>
        <translation>Discount method</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>Face amount</translation>
    </message>
    <message>
        <source>Face amount of the claim</source>
        <translation>Face amount of the claim</translation>
    </message>
    <message>
        <source>Trade date</source>
        <translation>Trade date</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translation>Counterparty bank</translation>
    </message>
    <message>
        <source>Counterparty bank (optional)</source>
        <translation>Counterparty bank (optional)</translation>
    </message>
    <message>
        <source>Problems with the deal report</source>
        <translation>Problems with the deal report</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Submit the deal report for approval</source>
        <translation>Submit the deal report for approval</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
</context>
<context>
    <name>QuotePostForm</name>
    <message>
        <source>A quote leaves the bank only after a checker approves it. It stays on the board until its validity ends or the bank withdraws it.</source>
        <translation>A quote leaves the bank only after a checker approves it. It stays on the board until its validity ends or the bank withdraws it.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Obligor</source>
        <translation>Obligor</translation>
    </message>
    <message>
        <source>Obligor tier or bank</source>
        <translation>Obligor tier or bank</translation>
    </message>
    <message>
        <source>Tenor bucket</source>
        <translation>Tenor bucket</translation>
    </message>
    <message>
        <source>Rate (% p.a.)</source>
        <translation>Rate (% p.a.)</translation>
    </message>
    <message>
        <source>Discount rate in percent per annum</source>
        <translation>Discount rate in percent per annum</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Discount method</source>
        <translation>Discount method</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>Grace days</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Amount available</source>
        <translation>Amount available</translation>
    </message>
    <message>
        <source>Amount available at this rate</source>
        <translation>Amount available at this rate</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Deal quote on one L/C</source>
        <translation>Deal quote on one L/C</translation>
    </message>
    <message>
        <source>Deal quote on one L/C (optional)</source>
        <translation>Deal quote on one L/C (optional)</translation>
    </message>
    <message>
        <source>L/C number</source>
        <translation>L/C number</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>Face amount</translation>
    </message>
    <message>
        <source>Face amount of the claim</source>
        <translation>Face amount of the claim</translation>
    </message>
    <message>
        <source>Maturity date</source>
        <translation>Maturity date</translation>
    </message>
    <message>
        <source>Problems with the quote</source>
        <translation>Problems with the quote</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Submit the quote for approval</source>
        <translation>Submit the quote for approval</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
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
    <message>
        <source>Governance</source>
        <extracomment>Navigation: the consortium&apos;s council, its proposals and members (zh: 治理)</extracomment>
        <translation>Governance</translation>
    </message>
    <message>
        <source>The council&apos;s proposals and votes, the expert committee&apos;s opinions, the members, and the channel configuration that lets an admitted bank in.</source>
        <translation>The council&apos;s proposals and votes, the expert committee&apos;s opinions, the members, and the channel configuration that lets an admitted bank in.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — LianXin</source>
        <translation>Settings — LianXin</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Lock &amp;after:</translation>
    </message>
    <message>
        <source>Minutes without input before the workstation locks</source>
        <translation>Minutes without input before the workstation locks</translation>
    </message>
    <message>
        <source>&amp;Rows read at a time:</source>
        <translation>&amp;Rows read at a time:</translation>
    </message>
    <message>
        <source>Rows a list reads at a time</source>
        <translation>Rows a list reads at a time</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>&amp;Export folder:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Choose the export folder</translation>
    </message>
    <message>
        <source>At the next start</source>
        <translation>At the next start</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Data folder:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <source>Ledger: the embedded &amp;sandbox consortium on this machine</source>
        <translation>Ledger: the embedded &amp;sandbox consortium on this machine</translation>
    </message>
    <message>
        <source>Embedded sandbox consortium</source>
        <translation>Embedded sandbox consortium</translation>
    </message>
    <message>
        <source>Ledger: a Fabric &amp;network, by its connection profile</source>
        <translation>Ledger: a Fabric &amp;network, by its connection profile</translation>
    </message>
    <message>
        <source>Fabric network</source>
        <translation>Fabric network</translation>
    </message>
    <message>
        <source>Connection &amp;profile:</source>
        <translation>Connection &amp;profile:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Connection profile</translation>
    </message>
    <message>
        <source>Choose the connection profile</source>
        <translation>Choose the connection profile</translation>
    </message>
    <message>
        <source>P&amp;eer:</source>
        <translation>P&amp;eer:</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>LianXin opens this data folder and ledger the next time it starts; lianxin --data and --network still choose for one start.</source>
        <translation>LianXin opens this data folder and ledger the next time it starts; lianxin --data and --network still choose for one start.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Settings buttons</source>
        <translation>Settings buttons</translation>
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
    <name>WorklistPage</name>
    <message>
        <source>Worklist</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <source>Worklist summary</source>
        <translation>Worklist summary</translation>
    </message>
    <message>
        <source>Tasks waiting on you</source>
        <translation>Tasks waiting on you</translation>
    </message>
    <message>
        <source>Result of the last export</source>
        <translation>Result of the last export</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export the worklist to a CSV file</source>
        <translation>Export the worklist to a CSV file</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export the worklist to a PDF file</source>
        <translation>Export the worklist to a PDF file</translation>
    </message>
</context>
<context>
    <name>lx::models::ApprovalsModel</name>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Advise</source>
        <translation>Advise</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Amend</translation>
    </message>
    <message>
        <source>Accept amendment</source>
        <translation>Accept amendment</translation>
    </message>
    <message>
        <source>Reject amendment</source>
        <translation>Reject amendment</translation>
    </message>
    <message>
        <source>Present documents</source>
        <translation>Present documents</translation>
    </message>
    <message>
        <source>Examine: complying</source>
        <translation>Examine: complying</translation>
    </message>
    <message>
        <source>Examine: discrepant</source>
        <translation>Examine: discrepant</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Waive discrepancies</source>
        <translation>Waive discrepancies</translation>
    </message>
    <message>
        <source>Accept (deferred payment)</source>
        <translation>Accept (deferred payment)</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Record expiry</source>
        <translation>Record expiry</translation>
    </message>
    <message>
        <source>Other action</source>
        <translation>Other action</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>Returned by %1: %2</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tier %2, %3</source>
        <translation>%1, tier %2, %3</translation>
    </message>
    <message>
        <source>Drafted %1</source>
        <translation>Drafted %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>lx::models::BlockListModel</name>
    <message>
        <source>Block</source>
        <extracomment>Block number in a channel&apos;s chain (zh: 区块号)</extracomment>
        <translation>Block</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Data hash</source>
        <translation>Data hash</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>Previous hash</translation>
    </message>
    <message>
        <source>altered, not served</source>
        <extracomment>In the block list: the ledger refused to serve an altered block (zh: 已被篡改，拒绝读取)</extracomment>
        <translation>altered, not served</translation>
    </message>
</context>
<context>
    <name>lx::models::ChainVerification</name>
    <message>
        <source>Verifying the chain of %1…</source>
        <extracomment>%1 is the channel ID (zh: 正在校验通道 %1 的链……)</extracomment>
        <translation>Verifying the chain of %1…</translation>
    </message>
    <message>
        <source>%1: the chain is empty.</source>
        <translation>%1: the chain is empty.</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n block(s) verified, up to block %2.</source>
        <extracomment>Chain verification succeeded; %1 channel, %2 last block number</extracomment>
        <translation>
            <numerusform>%1: all %n block verified, up to block %2.</numerusform>
            <numerusform>%1: all %n blocks verified, up to block %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: block %2 is invalid: %3</source>
        <extracomment>Chain verification found a bad block; %3 is the verifier&apos;s reason, in English</extracomment>
        <translation>%1: block %2 is invalid: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: verification cancelled after %n block(s).</source>
        <translation>
            <numerusform>%1: verification cancelled after %n block.</numerusform>
            <numerusform>%1: verification cancelled after %n blocks.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the ledger could not be read: %2</source>
        <translation>%1: the ledger could not be read: %2</translation>
    </message>
</context>
<context>
    <name>lx::models::ChannelConfigModel</name>
    <message>
        <source>Applied</source>
        <extracomment>The configuration update is in force: the bank is a member of the channel.</extracomment>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Not prepared</source>
        <translation>Not prepared</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <extracomment>The signatures meet the channel&apos;s policy: the secretariat may submit the update.</extracomment>
        <translation>Ready to submit</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <extracomment>What the update still lacks, as the ordering service would judge it (the details are in English).</extracomment>
        <translation>Not yet: %1</translation>
    </message>
    <message>
        <source>Prepared %1 by %2</source>
        <extracomment>A configuration update recorded by the secretariat: when and by whom.</extracomment>
        <translation>Prepared %1 by %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A signature of a configuration update: the member and its administrator who signed.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>The channel configuration update of an admission.</extracomment>
        <translation>Update</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lx::models::DashboardChartModel</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translation>Counterparty bank</translation>
    </message>
    <message>
        <source>Member bank</source>
        <translation>Member bank</translation>
    </message>
    <message>
        <source>Days to maturity</source>
        <translation>Days to maturity</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Tenor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Our average rate</source>
        <translation>Our average rate</translation>
    </message>
    <message>
        <source>Board best bid</source>
        <translation>Board best bid</translation>
    </message>
    <message>
        <source>Board best offer</source>
        <translation>Board best offer</translation>
    </message>
</context>
<context>
    <name>lx::models::DashboardExport</name>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Our average rate</source>
        <translation>Our average rate</translation>
    </message>
    <message>
        <source>Board best bid</source>
        <translation>Board best bid</translation>
    </message>
    <message>
        <source>Board best offer</source>
        <translation>Board best offer</translation>
    </message>
    <message>
        <source>Filters: none</source>
        <translation>Filters: none</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filters: %1</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>No deals.</translation>
    </message>
</context>
<context>
    <name>lx::models::DashboardText</name>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <source>Maturities</source>
        <translation>Maturities</translation>
    </message>
    <message>
        <source>States</source>
        <translation>States</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Forfaiting rates</source>
        <translation>Forfaiting rates</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <translation>Guarantees</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Consortium</translation>
    </message>
    <message>
        <source>L/C</source>
        <translation>L/C</translation>
    </message>
    <message>
        <source>Forfaiting</source>
        <translation>Forfaiting</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <source>As issuing bank</source>
        <translation>As issuing bank</translation>
    </message>
    <message>
        <source>As advising bank</source>
        <translation>As advising bank</translation>
    </message>
    <message>
        <source>As forfaiting holder</source>
        <translation>As forfaiting holder</translation>
    </message>
    <message>
        <source>As guarantor</source>
        <translation>As guarantor</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 days</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180 days</translation>
    </message>
    <message>
        <source>181–360 days</source>
        <translation>181–360 days</translation>
    </message>
    <message>
        <source>Over 360 days</source>
        <translation>Over 360 days</translation>
    </message>
    <message>
        <source>L/C examination</source>
        <translation>L/C examination</translation>
    </message>
    <message>
        <source>L/C payment</source>
        <translation>L/C payment</translation>
    </message>
    <message>
        <source>Demand examination</source>
        <translation>Demand examination</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Paid at maturity</source>
        <translation>Paid at maturity</translation>
    </message>
    <message>
        <source>L/C examination, documents re-used</source>
        <translation>L/C examination, documents re-used</translation>
    </message>
</context>
<context>
    <name>lx::models::DealFlagModel</name>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 the regulator&apos;s user, %2 when (China time).</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Deal</source>
        <extracomment>The L/C number, guarantee number or forfaiting deal ID.</extracomment>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Flag</source>
        <extracomment>The flag&apos;s number among the deal&apos;s flags.</extracomment>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Regulator&apos;s note</source>
        <translation>Regulator&apos;s note</translation>
    </message>
    <message>
        <source>Flagged by, at</source>
        <translation>Flagged by, at</translation>
    </message>
    <message>
        <source>Banks party to it</source>
        <translation>Banks party to it</translation>
    </message>
</context>
<context>
    <name>lx::models::DealListModel</name>
    <message>
        <source>%1 days</source>
        <extracomment>A reported deal&apos;s tenor: remaining days at the trade date.</extracomment>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Trade date</source>
        <translation>Trade date</translation>
    </message>
    <message>
        <source>Obligor tier</source>
        <translation>Obligor tier</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Tenor</translation>
    </message>
    <message>
        <source>Rate p.a.</source>
        <translation>Rate p.a.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>Face amount</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Forfaiting deal</source>
        <translation>Forfaiting deal</translation>
    </message>
</context>
<context>
    <name>lx::models::DealRowsModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Item</source>
        <extracomment>A presentation&apos;s or demand&apos;s number within its deal.</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Issuing / selling bank</source>
        <extracomment>L/C: issuing bank; forfaiting: seller; guarantee: guarantor.</extracomment>
        <translation>Issuing / selling bank</translation>
    </message>
    <message>
        <source>Advising / buying bank</source>
        <extracomment>L/C: advising bank; forfaiting: buyer; guarantee: advising bank.</extracomment>
        <translation>Advising / buying bank</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>lx::models::DeskActionText</name>
    <message>
        <source>Advise</source>
        <translation>Advise</translation>
    </message>
    <message>
        <source>Accept amendment %1</source>
        <translation>Accept amendment %1</translation>
    </message>
    <message>
        <source>Reject amendment %1</source>
        <translation>Reject amendment %1</translation>
    </message>
    <message>
        <source>Accept presentation %1</source>
        <translation>Accept presentation %1</translation>
    </message>
    <message>
        <source>Pay presentation %1</source>
        <translation>Pay presentation %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Record expiry</source>
        <translation>Record expiry</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>lx::models::DocumentCheck</name>
    <message>
        <source>%1 on %2 (transaction %3…)</source>
        <translation>%1 on %2 (transaction %3…)</translation>
    </message>
    <message>
        <source>The copy in this bank&apos;s cache has been altered: it no longer matches the presented document.</source>
        <translation>The copy in this bank&apos;s cache has been altered: it no longer matches the presented document.</translation>
    </message>
    <message>
        <source>The copy in this bank&apos;s cache matches the presented document.</source>
        <translation>The copy in this bank&apos;s cache matches the presented document.</translation>
    </message>
    <message>
        <source>This bank&apos;s cache holds no copy (the presenting bank keeps the file).</source>
        <translation>This bank&apos;s cache holds no copy (the presenting bank keeps the file).</translation>
    </message>
    <message>
        <source>The notary could not be asked: %1</source>
        <translation>The notary could not be asked: %1</translation>
    </message>
    <message>
        <source>Its hash is not notarized on the ledger.</source>
        <translation>Its hash is not notarized on the ledger.</translation>
    </message>
    <message numerus="yes">
        <source>Its hash is notarized on the ledger %n time(s), first by %1.</source>
        <translation>
            <numerusform>Its hash is notarized on the ledger %n time, first by %1.</numerusform>
            <numerusform>Its hash is notarized on the ledger %n times, first by %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lx::models::DraftComparison</name>
    <message>
        <source>At sight</source>
        <translation>At sight</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message numerus="yes">
        <source>Deferred, %n day(s) after the document date</source>
        <translation>
            <numerusform>Deferred, %n day after the document date</numerusform>
            <numerusform>Deferred, %n days after the document date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deferred, %n day(s) after shipment</source>
        <translation>
            <numerusform>Deferred, %n day after shipment</numerusform>
            <numerusform>Deferred, %n days after shipment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deferred, %n day(s) after sight</source>
        <translation>
            <numerusform>Deferred, %n day after sight</numerusform>
            <numerusform>Deferred, %n days after sight</numerusform>
        </translation>
    </message>
    <message>
        <source>Deferred, maturing on %1</source>
        <translation>Deferred, maturing on %1</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Latest shipment date</source>
        <translation>Latest shipment date</translation>
    </message>
    <message>
        <source>Presentation period</source>
        <translation>Presentation period</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>L/C No.</source>
        <translation>L/C No.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>Advising bank</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>Amount in words</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Not in this bank&apos;s cache</source>
        <translation>Not in this bank&apos;s cache</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Amount presented</source>
        <translation>Amount presented</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Complying</source>
        <translation>Complying</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s consent</source>
        <translation>Beneficiary&apos;s consent</translation>
    </message>
</context>
<context>
    <name>lx::models::DraftTerms</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>lx::models::FfDealsModel</name>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>We are</source>
        <translation>We are</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>Face amount</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Net amount</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Obligor</source>
        <translation>Obligor</translation>
    </message>
</context>
<context>
    <name>lx::models::FfDesk</name>
    <message>
        <source>Send claim-transfer notice</source>
        <translation>Send claim-transfer notice</translation>
    </message>
    <message>
        <source>Acknowledge the transfer</source>
        <translation>Acknowledge the transfer</translation>
    </message>
    <message>
        <source>Settle (pay the net amount)</source>
        <translation>Settle (pay the net amount)</translation>
    </message>
    <message>
        <source>Pay at maturity</source>
        <translation>Pay at maturity</translation>
    </message>
    <message>
        <source>Record overdue</source>
        <translation>Record overdue</translation>
    </message>
    <message>
        <source>Resell</source>
        <translation>Resell</translation>
    </message>
</context>
<context>
    <name>lx::models::FfEligibleModel</name>
    <message>
        <source>L/C number</source>
        <translation>L/C number</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Obligor (issuing bank)</source>
        <translation>Obligor (issuing bank)</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>Face amount</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <source>Days to maturity</source>
        <translation>Days to maturity</translation>
    </message>
</context>
<context>
    <name>lx::models::FfEventText</name>
    <message>
        <source>Inquiry %1: %2 due from %3 on %4 (primary market)</source>
        <translation>Inquiry %1: %2 due from %3 on %4 (primary market)</translation>
    </message>
    <message>
        <source>Inquiry %1: %2 due from %3 on %4 (secondary market)</source>
        <translation>Inquiry %1: %2 due from %3 on %4 (secondary market)</translation>
    </message>
    <message>
        <source>Listing %1: %2 due from %3 on %4 (primary market)</source>
        <translation>Listing %1: %2 due from %3 on %4 (primary market)</translation>
    </message>
    <message>
        <source>Listing %1: %2 due from %3 on %4 (secondary market)</source>
        <translation>Listing %1: %2 due from %3 on %4 (secondary market)</translation>
    </message>
    <message>
        <source>Quote %1: %2 %3, %4 days, net %5</source>
        <extracomment>%2 the rate per year (&quot;3.10%&quot;), %3 the pricing method, %4 the days discounted, %5 the net amount</extracomment>
        <translation>Quote %1: %2 %3, %4 days, net %5</translation>
    </message>
    <message>
        <source>Listing %1 withdrawn</source>
        <translation>Listing %1 withdrawn</translation>
    </message>
    <message>
        <source>Quote %1 withdrawn</source>
        <translation>Quote %1 withdrawn</translation>
    </message>
    <message>
        <source>Deal %1: %2 sells to %3 for %4 on value date %5</source>
        <translation>Deal %1: %2 sells to %3 for %4 on value date %5</translation>
    </message>
    <message>
        <source>Claim-transfer notice to %1: pay %2 at maturity</source>
        <translation>Claim-transfer notice to %1: pay %2 at maturity</translation>
    </message>
    <message>
        <source>%1 will pay %2 to %3 at maturity %4</source>
        <translation>%1 will pay %2 to %3 at maturity %4</translation>
    </message>
    <message>
        <source>%1 paid %2 to %3 and holds claim %4</source>
        <translation>%1 paid %2 to %3 and holds claim %4</translation>
    </message>
    <message>
        <source>%1 paid %2 to %3 after it was recorded overdue</source>
        <translation>%1 paid %2 to %3 after it was recorded overdue</translation>
    </message>
    <message>
        <source>%1 paid %2 to %3 at maturity</source>
        <translation>%1 paid %2 to %3 at maturity</translation>
    </message>
    <message numerus="yes">
        <source>Claim %1 unpaid by %2 after maturity and %n grace day(s)</source>
        <translation>
            <numerusform>Claim %1 unpaid by %2 after maturity and %n grace day</numerusform>
            <numerusform>Claim %1 unpaid by %2 after maturity and %n grace days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lx::models::FfListingsModel</name>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Obligor</source>
        <translation>Obligor</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>Face amount</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Our quote</source>
        <translation>Our quote</translation>
    </message>
    <message>
        <source>Quotes received</source>
        <translation>Quotes received</translation>
    </message>
    <message>
        <source>%1 (inquiry)</source>
        <translation>%1 (inquiry)</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
</context>
<context>
    <name>lx::models::FfPortfolioModel</name>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Obligor</source>
        <translation>Obligor</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>Face amount</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>lx::models::FfQuotesModel</name>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>Grace days</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Net amount</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
</context>
<context>
    <name>lx::models::FfText</name>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>Under transfer</source>
        <translation>Under transfer</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Dealt</source>
        <translation>Dealt</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Notice sent</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Straight discount</source>
        <translation>Straight discount</translation>
    </message>
    <message>
        <source>Discount to yield</source>
        <translation>Discount to yield</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secondary</translation>
    </message>
    <message>
        <source>Listed for sale</source>
        <translation>Listed for sale</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Quoted</translation>
    </message>
    <message>
        <source>Listing withdrawn</source>
        <translation>Listing withdrawn</translation>
    </message>
    <message>
        <source>Quote withdrawn</source>
        <translation>Quote withdrawn</translation>
    </message>
    <message>
        <source>Quote accepted</source>
        <translation>Quote accepted</translation>
    </message>
    <message>
        <source>Claim-transfer notice sent</source>
        <translation>Claim-transfer notice sent</translation>
    </message>
    <message>
        <source>Transfer acknowledged</source>
        <translation>Transfer acknowledged</translation>
    </message>
    <message>
        <source>Paid at maturity</source>
        <translation>Paid at maturity</translation>
    </message>
    <message>
        <source>Recorded overdue</source>
        <translation>Recorded overdue</translation>
    </message>
</context>
<context>
    <name>lx::models::FfTimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>Checker</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>lx::models::GasBalanceModel</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Gas balance</source>
        <extracomment>A member&apos;s Gas over every recorded month.</extracomment>
        <translation>Gas balance</translation>
    </message>
    <message>
        <source>Months</source>
        <extracomment>How many recorded months credited the member.</extracomment>
        <translation>Months</translation>
    </message>
</context>
<context>
    <name>lx::models::GasReportModel</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <extracomment>Endorsements the member&apos;s peers gave valid transactions of the month.</extracomment>
        <translation>Endorsements</translation>
    </message>
    <message>
        <source>Transactions</source>
        <extracomment>Valid transactions of the month the member&apos;s users submitted.</extracomment>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Available hours</source>
        <extracomment>Hours the member&apos;s nodes stated they were available in the month.</extracomment>
        <translation>Available hours</translation>
    </message>
    <message>
        <source>Approved node cost</source>
        <extracomment>Node costs the council approved for the member and month.</extracomment>
        <translation>Approved node cost</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
</context>
<context>
    <name>lx::models::GovernanceRights</name>
    <message>
        <source>Voting ended on %1 (China time); any member&apos;s administrator may now close the proposal.</source>
        <translation>Voting ended on %1 (China time); any member&apos;s administrator may now close the proposal.</translation>
    </message>
    <message>
        <source>Only the council members who were on the council when the proposal opened vote on it.</source>
        <translation>Only the council members who were on the council when the proposal opened vote on it.</translation>
    </message>
    <message>
        <source>Only your bank&apos;s administrator votes for it; sign in as the administrator.</source>
        <translation>Only your bank&apos;s administrator votes for it; sign in as the administrator.</translation>
    </message>
    <message>
        <source>Your bank voted %1 on %2.</source>
        <translation>Your bank voted %1 on %2.</translation>
    </message>
    <message>
        <source>The proposal is decided: opinions are closed.</source>
        <translation>The proposal is decided: opinions are closed.</translation>
    </message>
    <message>
        <source>Only the expert committee&apos;s members give opinions.</source>
        <translation>Only the expert committee&apos;s members give opinions.</translation>
    </message>
    <message>
        <source>Only your bank&apos;s administrator records its opinion; sign in as the administrator.</source>
        <translation>Only your bank&apos;s administrator records its opinion; sign in as the administrator.</translation>
    </message>
    <message>
        <source>Your bank has given its opinion on this proposal.</source>
        <translation>Your bank has given its opinion on this proposal.</translation>
    </message>
    <message>
        <source>Voting is over (%1).</source>
        <extracomment>The proposal is decided; %1 is its status (Passed, Rejected, Lapsed).</extracomment>
        <translation>Voting is over (%1).</translation>
    </message>
</context>
<context>
    <name>lx::models::GovernanceText</name>
    <message>
        <source>Admit a member</source>
        <extracomment>A council proposal: admit a bank to the consortium.</extracomment>
        <translation>Admit a member</translation>
    </message>
    <message>
        <source>Admit a line of business</source>
        <extracomment>A council proposal: admit an active bank to a line of business.</extracomment>
        <translation>Admit a line of business</translation>
    </message>
    <message>
        <source>Suspend a member</source>
        <translation>Suspend a member</translation>
    </message>
    <message>
        <source>Expel a member</source>
        <translation>Expel a member</translation>
    </message>
    <message>
        <source>Reinstate a member</source>
        <translation>Reinstate a member</translation>
    </message>
    <message>
        <source>Set the voting threshold</source>
        <translation>Set the voting threshold</translation>
    </message>
    <message>
        <source>Set the Gas weights</source>
        <translation>Set the Gas weights</translation>
    </message>
    <message>
        <source>End a sandbox</source>
        <extracomment>A council proposal: a line of business leaves its regulatory sandbox.</extracomment>
        <translation>End a sandbox</translation>
    </message>
    <message>
        <source>Set a member&apos;s seats</source>
        <translation>Set a member&apos;s seats</translation>
    </message>
    <message>
        <source>Set the duplicate-document rule</source>
        <extracomment>A council proposal: what happens to documents presented under two L/Cs.</extracomment>
        <translation>Set the duplicate-document rule</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>A proposal still being voted on.</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <extracomment>A proposal closed after its deadline without enough votes.</extracomment>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>Regulator</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <extracomment>The consortium&apos;s secretariat, as a kind of member.</extracomment>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>A member in good standing.</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Applicant</source>
        <extracomment>A bank whose admission is proposed or was refused.</extracomment>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation>Expelled</translation>
    </message>
    <message>
        <source>Council</source>
        <extracomment>The consortium&apos;s deciding body (zh: 理事会).</extracomment>
        <translation>Council</translation>
    </message>
    <message>
        <source>Expert committee</source>
        <extracomment>The consortium&apos;s advising body (zh: 专家委员会).</extracomment>
        <translation>Expert committee</translation>
    </message>
    <message>
        <source>Secretariat seat</source>
        <extracomment>The seat of the consortium&apos;s secretariat (zh: 秘书处).</extracomment>
        <translation>Secretariat seat</translation>
    </message>
    <message>
        <source>Regulator seat</source>
        <translation>Regulator seat</translation>
    </message>
    <message>
        <source>Letters of credit</source>
        <translation>Letters of credit</translation>
    </message>
    <message>
        <source>Forfaiting</source>
        <translation>Forfaiting</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <translation>Guarantees</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>A council vote in favour of a proposal.</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>A council vote against a proposal.</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <source>In favour</source>
        <extracomment>An expert&apos;s recommendation on a proposal.</extracomment>
        <translation>In favour</translation>
    </message>
    <message>
        <source>Against</source>
        <extracomment>An expert&apos;s recommendation on a proposal.</extracomment>
        <translation>Against</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>An expert&apos;s recommendation on a proposal.</extracomment>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Membership application</source>
        <translation>Membership application</translation>
    </message>
    <message>
        <source>Membership agreement</source>
        <translation>Membership agreement</translation>
    </message>
    <message>
        <source>Compliance assessment</source>
        <translation>Compliance assessment</translation>
    </message>
    <message>
        <source>%1 yes of %2 needed</source>
        <extracomment>A proposal&apos;s tally: yes votes cast and the yes votes it needs to pass.</extracomment>
        <translation>%1 yes of %2 needed</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <extracomment>A line of business admitted in the regulatory sandbox, e.g. &quot;Forfaiting (sandbox)&quot;.</extracomment>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>%1 (China time)</source>
        <extracomment>A date and time of day in China (UTC+8), e.g. &quot;2024-05-20 14:03 (China time)&quot;.</extracomment>
        <translation>%1 (China time)</translation>
    </message>
    <message>
        <source>Approve a node cost</source>
        <extracomment>A council proposal: a member&apos;s cost of running nodes in a month, rewarded in Gas.</extracomment>
        <translation>Approve a node cost</translation>
    </message>
</context>
<context>
    <name>lx::models::GuaranteeActionText</name>
    <message>
        <source>Advise</source>
        <translation>Advise</translation>
    </message>
    <message>
        <source>Accept amendment %1</source>
        <translation>Accept amendment %1</translation>
    </message>
    <message>
        <source>Reject amendment %1</source>
        <translation>Reject amendment %1</translation>
    </message>
    <message>
        <source>Pay demand %1</source>
        <translation>Pay demand %1</translation>
    </message>
    <message>
        <source>Record expiry</source>
        <translation>Record expiry</translation>
    </message>
</context>
<context>
    <name>lx::models::GuaranteeDocument</name>
    <message>
        <source>20 Undertaking number</source>
        <translation>20 Undertaking number</translation>
    </message>
    <message>
        <source>30 Date of issue</source>
        <translation>30 Date of issue</translation>
    </message>
    <message>
        <source>22D Form of undertaking</source>
        <translation>22D Form of undertaking</translation>
    </message>
    <message>
        <source>Guarantee, issued directly</source>
        <translation>Guarantee, issued directly</translation>
    </message>
    <message>
        <source>40C Applicable rules</source>
        <translation>40C Applicable rules</translation>
    </message>
    <message>
        <source>22K Type of undertaking</source>
        <translation>22K Type of undertaking</translation>
    </message>
    <message>
        <source>23B Expiry type</source>
        <translation>23B Expiry type</translation>
    </message>
    <message>
        <source>31E Date of expiry</source>
        <translation>31E Date of expiry</translation>
    </message>
    <message>
        <source>50 Applicant</source>
        <translation>50 Applicant</translation>
    </message>
    <message>
        <source>59 Beneficiary</source>
        <translation>59 Beneficiary</translation>
    </message>
    <message>
        <source>52A Issuer</source>
        <translation>52A Issuer</translation>
    </message>
    <message>
        <source>56A Advising bank</source>
        <translation>56A Advising bank</translation>
    </message>
    <message>
        <source>32B Undertaking amount</source>
        <translation>32B Undertaking amount</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>Amount in words</translation>
    </message>
    <message>
        <source>Available amount</source>
        <translation>Available amount</translation>
    </message>
    <message>
        <source>Underlying transaction details</source>
        <translation>Underlying transaction details</translation>
    </message>
    <message>
        <source>Reduction schedule</source>
        <translation>Reduction schedule</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>77U Undertaking terms and conditions</source>
        <translation>77U Undertaking terms and conditions</translation>
    </message>
    <message>
        <source>State on the ledger</source>
        <translation>State on the ledger</translation>
    </message>
    <message>
        <source> (stop-payment order)</source>
        <translation> (stop-payment order)</translation>
    </message>
    <message>
        <source>Demand guarantee issued by %1 in favour of %2, subject to %3.</source>
        <translation>Demand guarantee issued by %1 in favour of %2, subject to %3.</translation>
    </message>
    <message>
        <source>Guarantee %1</source>
        <translation>Guarantee %1</translation>
    </message>
</context>
<context>
    <name>lx::models::GuaranteeEventText</name>
    <message>
        <source>%1 guarantee issued for %2</source>
        <extracomment>%1 is the guarantee&apos;s type as the desk names it (&quot;Performance&quot; / &quot;履约保函&quot;)</extracomment>
        <translation>%1 guarantee issued for %2</translation>
    </message>
    <message>
        <source>Advised to the beneficiary</source>
        <translation>Advised to the beneficiary</translation>
    </message>
    <message>
        <source>Amendment %1 sent for the beneficiary&apos;s answer</source>
        <translation>Amendment %1 sent for the beneficiary&apos;s answer</translation>
    </message>
    <message>
        <source>Amendment %1 accepted by the beneficiary</source>
        <translation>Amendment %1 accepted by the beneficiary</translation>
    </message>
    <message>
        <source>Amendment %1 rejected by the beneficiary</source>
        <translation>Amendment %1 rejected by the beneficiary</translation>
    </message>
    <message>
        <source>Extend-or-pay demand %1 for %2 received on %3; examination due by %4</source>
        <translation>Extend-or-pay demand %1 for %2 received on %3; examination due by %4</translation>
    </message>
    <message>
        <source>Demand %1 for %2 received on %3; examination due by %4</source>
        <translation>Demand %1 for %2 received on %3; examination due by %4</translation>
    </message>
    <message>
        <source>Demand %1 found complying</source>
        <translation>Demand %1 found complying</translation>
    </message>
    <message numerus="yes">
        <source>Demand %1 rejected: one notice of %n discrepancies</source>
        <translation>
            <numerusform>Demand %1 rejected: one notice of %n discrepancy</numerusform>
            <numerusform>Demand %1 rejected: one notice of %n discrepancies</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment of demand %1 suspended until %2</source>
        <translation>Payment of demand %1 suspended until %2</translation>
    </message>
    <message>
        <source>Extended to %1; demand %2 withdrawn</source>
        <translation>Extended to %1; demand %2 withdrawn</translation>
    </message>
    <message>
        <source>Demand %1 paid, %2; %3 remains available</source>
        <translation>Demand %1 paid, %2; %3 remains available</translation>
    </message>
    <message>
        <source>Reduced by %1 by clause %2 of the reduction schedule; %3 remains available</source>
        <translation>Reduced by %1 by clause %2 of the reduction schedule; %3 remains available</translation>
    </message>
    <message>
        <source>Reduced by %1 with the beneficiary&apos;s consent (%2); %3 remains available</source>
        <translation>Reduced by %1 with the beneficiary&apos;s consent (%2); %3 remains available</translation>
    </message>
    <message>
        <source>Released by the beneficiary</source>
        <translation>Released by the beneficiary</translation>
    </message>
    <message>
        <source>Released by the beneficiary (%1)</source>
        <translation>Released by the beneficiary (%1)</translation>
    </message>
    <message>
        <source>Expired on %1 with %2 unused</source>
        <translation>Expired on %1 with %2 unused</translation>
    </message>
    <message>
        <source>Frozen by stop-payment order %1 of %2</source>
        <translation>Frozen by stop-payment order %1 of %2</translation>
    </message>
    <message>
        <source>Stop-payment order %1 lifted by %2</source>
        <translation>Stop-payment order %1 lifted by %2</translation>
    </message>
</context>
<context>
    <name>lx::models::GuaranteeListModel</name>
    <message>
        <source>Frozen (stop-payment)</source>
        <translation>Frozen (stop-payment)</translation>
    </message>
    <message>
        <source>Guarantee No.</source>
        <translation>Guarantee No.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>Advising bank</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <source>Available (CNY)</source>
        <translation>Available (CNY)</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Stop-payment</source>
        <translation>Stop-payment</translation>
    </message>
    <message>
        <source>Examination deadline</source>
        <translation>Examination deadline</translation>
    </message>
</context>
<context>
    <name>lx::models::GuaranteeSheetModel</name>
    <message>
        <source>%1 (USCC %2)</source>
        <translation>%1 (USCC %2)</translation>
    </message>
    <message>
        <source>Guarantee number</source>
        <translation>Guarantee number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Expiry type</source>
        <translation>Expiry type</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>Advising bank</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Underlying contract</source>
        <translation>Underlying contract</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <source>Reduction clause</source>
        <translation>Reduction clause</translation>
    </message>
    <message>
        <source>%1 on %2%3</source>
        <translation>%1 on %2%3</translation>
    </message>
    <message>
        <source> (applied)</source>
        <translation> (applied)</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Court stop-payment order</source>
        <translation>Court stop-payment order</translation>
    </message>
    <message>
        <source>%1, %2, since %3 (in force)</source>
        <translation>%1, %2, since %3 (in force)</translation>
    </message>
    <message>
        <source>%1, %2, lifted by %3 on %4</source>
        <translation>%1, %2, lifted by %3 on %4</translation>
    </message>
    <message>
        <source>increase %1</source>
        <translation>increase %1</translation>
    </message>
    <message>
        <source>decrease %1</source>
        <translation>decrease %1</translation>
    </message>
    <message>
        <source>expiry %1</source>
        <translation>expiry %1</translation>
    </message>
    <message>
        <source>expiry event %1</source>
        <translation>expiry event %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 until %2</translation>
    </message>
    <message>
        <source>Pay only</source>
        <translation>Pay only</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Statement of breach</source>
        <translation>Statement of breach</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Examine by</source>
        <translation>Examine by</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Extend or pay</source>
        <translation>Extend or pay</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Discrepancies</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Presented by</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>Checker</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
</context>
<context>
    <name>lx::models::GuaranteeText</name>
    <message>
        <source>Bid</source>
        <translation>Bid</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Advance payment</source>
        <translation>Advance payment</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Unspecified</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Advised</translation>
    </message>
    <message>
        <source>Amendment pending</source>
        <translation>Amendment pending</translation>
    </message>
    <message>
        <source>Demand open</source>
        <translation>Demand open</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Under examination</source>
        <translation>Under examination</translation>
    </message>
    <message>
        <source>Complying</source>
        <translation>Complying</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Payment suspended</source>
        <translation>Payment suspended</translation>
    </message>
    <message>
        <source>Withdrawn (extended)</source>
        <translation>Withdrawn (extended)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>On a date</translation>
    </message>
    <message>
        <source>On an event</source>
        <translation>On an event</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Open-ended</translation>
    </message>
    <message>
        <source>Awaiting the beneficiary</source>
        <translation>Awaiting the beneficiary</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Advise</source>
        <translation>Advise</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Amend</translation>
    </message>
    <message>
        <source>Answer amendment</source>
        <translation>Answer amendment</translation>
    </message>
    <message>
        <source>Present demand</source>
        <translation>Present demand</translation>
    </message>
    <message>
        <source>Examine demand</source>
        <translation>Examine demand</translation>
    </message>
    <message>
        <source>Suspend payment</source>
        <translation>Suspend payment</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Reduce</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Court stop-payment</source>
        <translation>Court stop-payment</translation>
    </message>
    <message>
        <source>Stop-payment lifted</source>
        <translation>Stop-payment lifted</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>On: %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) left</source>
        <translation>
            <numerusform>%n business day left</numerusform>
            <numerusform>%n business days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n business day(s)</source>
        <translation>
            <numerusform>overdue by %n business day</numerusform>
            <numerusform>overdue by %n business days</numerusform>
        </translation>
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
    <name>lx::models::LcAdvice</name>
    <message>
        <source>Ledger references</source>
        <translation>Ledger references</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Transaction %1, block %2</source>
        <translation>Transaction %1, block %2</translation>
    </message>
    <message>
        <source>Not on the ledger yet</source>
        <translation>Not on the ledger yet</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Latest change</source>
        <translation>Latest change</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>%1: %2 original(s), %3 copies</source>
        <translation>%1: %2 original(s), %3 copies</translation>
    </message>
    <message>
        <source>27 Sequence of total</source>
        <translation>27 Sequence of total</translation>
    </message>
    <message>
        <source>40A Form of documentary credit</source>
        <translation>40A Form of documentary credit</translation>
    </message>
    <message>
        <source>Irrevocable</source>
        <translation>Irrevocable</translation>
    </message>
    <message>
        <source>Revocable</source>
        <translation>Revocable</translation>
    </message>
    <message>
        <source>20 Documentary credit number</source>
        <translation>20 Documentary credit number</translation>
    </message>
    <message>
        <source>31C Date of issue</source>
        <translation>31C Date of issue</translation>
    </message>
    <message>
        <source>40E Applicable rules</source>
        <translation>40E Applicable rules</translation>
    </message>
    <message>
        <source>Domestic L/C settlement measures (PBoC/CBRC 2016 No. 10)</source>
        <translation>Domestic L/C settlement measures (PBoC/CBRC 2016 No. 10)</translation>
    </message>
    <message>
        <source>31D Date and place of expiry</source>
        <translation>31D Date and place of expiry</translation>
    </message>
    <message>
        <source>52A Issuing bank</source>
        <translation>52A Issuing bank</translation>
    </message>
    <message>
        <source>50 Applicant</source>
        <translation>50 Applicant</translation>
    </message>
    <message>
        <source>59 Beneficiary</source>
        <translation>59 Beneficiary</translation>
    </message>
    <message>
        <source>32B Currency code, amount</source>
        <translation>32B Currency code, amount</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>Amount in words</translation>
    </message>
    <message>
        <source>39A Percentage credit amount tolerance</source>
        <translation>39A Percentage credit amount tolerance</translation>
    </message>
    <message>
        <source>41A Available with</source>
        <translation>41A Available with</translation>
    </message>
    <message>
        <source>42C/42P Payment terms</source>
        <translation>42C/42P Payment terms</translation>
    </message>
    <message>
        <source>43P Partial shipments</source>
        <translation>43P Partial shipments</translation>
    </message>
    <message>
        <source>43T Transhipment</source>
        <translation>43T Transhipment</translation>
    </message>
    <message>
        <source>44E/44F Shipment from, to</source>
        <translation>44E/44F Shipment from, to</translation>
    </message>
    <message>
        <source>44C Latest date of shipment</source>
        <translation>44C Latest date of shipment</translation>
    </message>
    <message>
        <source>45A Description of goods and/or services</source>
        <translation>45A Description of goods and/or services</translation>
    </message>
    <message>
        <source>46A Documents required</source>
        <translation>46A Documents required</translation>
    </message>
    <message>
        <source>47A Additional conditions</source>
        <translation>47A Additional conditions</translation>
    </message>
    <message>
        <source>71B Charges</source>
        <translation>71B Charges</translation>
    </message>
    <message>
        <source>48 Period for presentation</source>
        <translation>48 Period for presentation</translation>
    </message>
    <message>
        <source>49 Confirmation instructions</source>
        <translation>49 Confirmation instructions</translation>
    </message>
    <message>
        <source>May add: %1</source>
        <translation>May add: %1</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Without</translation>
    </message>
    <message>
        <source>57A Advise through bank</source>
        <translation>57A Advise through bank</translation>
    </message>
    <message>
        <source>State on the ledger</source>
        <translation>State on the ledger</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>Available balance</translation>
    </message>
    <message>
        <source>Documents notarized</source>
        <translation>Documents notarized</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>We advise you, without any engagement on our part, of the following domestic letter of credit issued by %1.</source>
        <translation>We advise you, without any engagement on our part, of the following domestic letter of credit issued by %1.</translation>
    </message>
    <message>
        <source>Advice of domestic letter of credit %1</source>
        <translation>Advice of domestic letter of credit %1</translation>
    </message>
</context>
<context>
    <name>lx::models::LcEventText</name>
    <message>
        <source>Issued for %1</source>
        <translation>Issued for %1</translation>
    </message>
    <message>
        <source>Advised to the beneficiary</source>
        <translation>Advised to the beneficiary</translation>
    </message>
    <message>
        <source>Amendment %1 sent for the beneficiary&apos;s answer</source>
        <translation>Amendment %1 sent for the beneficiary&apos;s answer</translation>
    </message>
    <message>
        <source>Amendment %1 accepted by the beneficiary</source>
        <translation>Amendment %1 accepted by the beneficiary</translation>
    </message>
    <message>
        <source>Amendment %1 rejected by the beneficiary</source>
        <translation>Amendment %1 rejected by the beneficiary</translation>
    </message>
    <message>
        <source>Presentation %1 of %2 received on %3; decision due by %4</source>
        <translation>Presentation %1 of %2 received on %3; decision due by %4</translation>
    </message>
    <message numerus="yes">
        <source>; %n document(s) also presented under other L/Cs</source>
        <extracomment>Appended to a presentation&apos;s summary when the notary holds some of its documents under other L/Cs</extracomment>
        <translation>
            <numerusform>; %n document also presented under other L/Cs</numerusform>
            <numerusform>; %n documents also presented under other L/Cs</numerusform>
        </translation>
    </message>
    <message>
        <source>Presentation %1 complies</source>
        <translation>Presentation %1 complies</translation>
    </message>
    <message numerus="yes">
        <source>Presentation %1 is discrepant (%n discrepancies)</source>
        <translation>
            <numerusform>Presentation %1 is discrepant (%n discrepancy)</numerusform>
            <numerusform>Presentation %1 is discrepant (%n discrepancies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Presentation %1 refused, documents held</source>
        <translation>Presentation %1 refused, documents held</translation>
    </message>
    <message>
        <source>Presentation %1 refused, documents returned</source>
        <translation>Presentation %1 refused, documents returned</translation>
    </message>
    <message>
        <source>Discrepancies of presentation %1 waived by the applicant</source>
        <translation>Discrepancies of presentation %1 waived by the applicant</translation>
    </message>
    <message>
        <source>Payment of %1 at maturity %2 confirmed (late)</source>
        <translation>Payment of %1 at maturity %2 confirmed (late)</translation>
    </message>
    <message>
        <source>Payment of %1 at maturity %2 confirmed</source>
        <translation>Payment of %1 at maturity %2 confirmed</translation>
    </message>
    <message>
        <source>Paid %1 on presentation %2 (late)</source>
        <translation>Paid %1 on presentation %2 (late)</translation>
    </message>
    <message>
        <source>Paid %1 on presentation %2</source>
        <translation>Paid %1 on presentation %2</translation>
    </message>
    <message>
        <source>Closed with %1 unused</source>
        <translation>Closed with %1 unused</translation>
    </message>
    <message>
        <source>Cancelled before it was advised</source>
        <translation>Cancelled before it was advised</translation>
    </message>
    <message>
        <source>Cancelled with the beneficiary&apos;s consent (%1)</source>
        <translation>Cancelled with the beneficiary&apos;s consent (%1)</translation>
    </message>
    <message>
        <source>Expired on %1 with %2 unused (amendment %3 lapsed unanswered)</source>
        <translation>Expired on %1 with %2 unused (amendment %3 lapsed unanswered)</translation>
    </message>
    <message>
        <source>Expired on %1 with %2 unused</source>
        <translation>Expired on %1 with %2 unused</translation>
    </message>
</context>
<context>
    <name>lx::models::LcListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>L/C No.</source>
        <translation>L/C No.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Issuing bank</source>
        <translation>Issuing bank</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>Advising bank</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
</context>
<context>
    <name>lx::models::LcSheetModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Presented</translation>
    </message>
    <message>
        <source>Complying</source>
        <translation>Complying</translation>
    </message>
    <message>
        <source>Discrepant</source>
        <translation>Discrepant</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Discrepancies waived</source>
        <translation>Discrepancies waived</translation>
    </message>
    <message>
        <source>Accepted, payment at maturity</source>
        <translation>Accepted, payment at maturity</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Paid at maturity</source>
        <translation>Paid at maturity</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Awaiting the beneficiary</source>
        <translation>Awaiting the beneficiary</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Presented by</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Examine by</source>
        <translation>Examine by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation>Pay by</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Discrepancies</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>Checker</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Transaction ID</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>L/C No.</source>
        <translation>L/C No.</translation>
    </message>
    <message>
        <source>Issuing bank</source>
        <translation>Issuing bank</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>Advising bank</translation>
    </message>
    <message>
        <source>Nominated bank</source>
        <translation>Nominated bank</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Amount in words</source>
        <translation>Amount in words</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerance</translation>
    </message>
    <message>
        <source>+%1% / -%2%</source>
        <translation>+%1% / -%2%</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Latest shipment</source>
        <translation>Latest shipment</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <source>Partial shipments</source>
        <translation>Partial shipments</translation>
    </message>
    <message>
        <source>Transhipment</source>
        <translation>Transhipment</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Presentation period</source>
        <translation>Presentation period</translation>
    </message>
    <message>
        <source>%1: %2 original(s), %3 copies</source>
        <translation>%1: %2 original(s), %3 copies</translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation>Documents required</translation>
    </message>
    <message>
        <source>Additional conditions</source>
        <translation>Additional conditions</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Endorsed by</source>
        <translation>Endorsed by</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Not on the ledger yet</source>
        <translation>Not on the ledger yet</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Do not verify: %1</source>
        <translation>Do not verify: %1</translation>
    </message>
    <message>
        <source>Also presented under</source>
        <translation>Also presented under</translation>
    </message>
    <message>
        <source>Examiner&apos;s finding on them</source>
        <translation>Examiner&apos;s finding on them</translation>
    </message>
    <message>
        <source>%1 under %2</source>
        <translation>%1 under %2</translation>
    </message>
</context>
<context>
    <name>lx::models::LcText</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Advised</translation>
    </message>
    <message>
        <source>Amendment pending</source>
        <translation>Amendment pending</translation>
    </message>
    <message>
        <source>Documents presented</source>
        <translation>Documents presented</translation>
    </message>
    <message>
        <source>Complying</source>
        <translation>Complying</translation>
    </message>
    <message>
        <source>Discrepant</source>
        <translation>Discrepant</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Discrepancies waived</source>
        <translation>Discrepancies waived</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Paid at maturity</source>
        <translation>Paid at maturity</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unknown (%1)</translation>
    </message>
    <message>
        <source>Advise the L/C</source>
        <translation>Advise the L/C</translation>
    </message>
    <message>
        <source>Answer the amendment</source>
        <translation>Answer the amendment</translation>
    </message>
    <message>
        <source>Examine the documents</source>
        <translation>Examine the documents</translation>
    </message>
    <message>
        <source>Refuse or waive discrepancies</source>
        <translation>Refuse or waive discrepancies</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Accept: confirm payment at maturity</source>
        <translation>Accept: confirm payment at maturity</translation>
    </message>
    <message>
        <source>Pay at maturity</source>
        <translation>Pay at maturity</translation>
    </message>
    <message>
        <source>Record the expiry</source>
        <translation>Record the expiry</translation>
    </message>
    <message>
        <source>Approve a draft</source>
        <translation>Approve a draft</translation>
    </message>
    <message>
        <source>Unknown task (%1)</source>
        <translation>Unknown task (%1)</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Advise</source>
        <translation>Advise</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Amend</translation>
    </message>
    <message>
        <source>Answer amendment</source>
        <translation>Answer amendment</translation>
    </message>
    <message>
        <source>Present documents</source>
        <translation>Present documents</translation>
    </message>
    <message>
        <source>Examine documents</source>
        <translation>Examine documents</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Waive discrepancies</source>
        <translation>Waive discrepancies</translation>
    </message>
    <message>
        <source>Accept presentation</source>
        <translation>Accept presentation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Record expiry</source>
        <translation>Record expiry</translation>
    </message>
    <message>
        <source>Examine the documents: some were presented under other L/Cs too</source>
        <translation>Examine the documents: some were presented under other L/Cs too</translation>
    </message>
    <message>
        <source>Invoice amount</source>
        <translation>Invoice amount</translation>
    </message>
    <message>
        <source>Late shipment</source>
        <translation>Late shipment</translation>
    </message>
    <message>
        <source>Late presentation</source>
        <translation>Late presentation</translation>
    </message>
    <message>
        <source>Missing document</source>
        <translation>Missing document</translation>
    </message>
    <message>
        <source>Documents inconsistent</source>
        <translation>Documents inconsistent</translation>
    </message>
    <message>
        <source>Goods description</source>
        <translation>Goods description</translation>
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
    <name>lx::models::LocalBook</name>
    <message>
        <source>Sign in before acting.</source>
        <translation>Sign in before acting.</translation>
    </message>
</context>
<context>
    <name>lx::models::MemberListModel</name>
    <message>
        <source>MSP ID</source>
        <translation>MSP ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>What kind of member: bank, regulator, secretariat.</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tier</source>
        <extracomment>A bank&apos;s obligor tier, 1 strongest.</extracomment>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seats</source>
        <extracomment>Seats in the consortium&apos;s bodies (council, expert committee).</extracomment>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Lines of business</source>
        <translation>Lines of business</translation>
    </message>
    <message>
        <source>%1 outstanding, %2 overdue</source>
        <extracomment>Membership fees: %1 outstanding, %2 of it overdue.</extracomment>
        <translation>%1 outstanding, %2 overdue</translation>
    </message>
    <message>
        <source>%1 outstanding</source>
        <translation>%1 outstanding</translation>
    </message>
    <message>
        <source>Paid up</source>
        <translation>Paid up</translation>
    </message>
    <message>
        <source>Membership fees</source>
        <extracomment>Membership fees outstanding (and overdue), as the fee statement says.</extracomment>
        <translation>Membership fees</translation>
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
    <name>lx::models::OutboxModel</name>
    <message>
        <source>Draft for approval</source>
        <translation>Draft for approval</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Return to the maker</source>
        <translation>Return to the maker</translation>
    </message>
    <message>
        <source>Notarization of documents</source>
        <translation>Notarization of documents</translation>
    </message>
    <message>
        <source>Waiting to be sent again (%1 attempts)</source>
        <translation>Waiting to be sent again (%1 attempts)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Sent, waiting for its block</source>
        <translation>Sent, waiting for its block</translation>
    </message>
    <message>
        <source>Committed in block %1</source>
        <translation>Committed in block %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Invalid on the ledger (%1)</source>
        <translation>Invalid on the ledger (%1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting to be sent again (%1 attempts): %2</source>
        <translation>Waiting to be sent again (%1 attempts): %2</translation>
    </message>
    <message>
        <source>Notary</source>
        <extracomment>The product of a notarization in the outbox: the trust chain&apos;s notary</extracomment>
        <translation>Notary</translation>
    </message>
    <message>
        <source>%1, drafted for approval</source>
        <translation>%1, drafted for approval</translation>
    </message>
    <message>
        <source>%1 %2, drafted for approval</source>
        <translation>%1 %2, drafted for approval</translation>
    </message>
    <message>
        <source>Approval of draft %1 (%2 %3)</source>
        <translation>Approval of draft %1 (%2 %3)</translation>
    </message>
    <message>
        <source>Draft %1 returned to the maker (%2 %3)</source>
        <translation>Draft %1 returned to the maker (%2 %3)</translation>
    </message>
    <message>
        <source>Notarization of the original L/C %1 (%2)</source>
        <translation>Notarization of the original L/C %1 (%2)</translation>
    </message>
    <message>
        <source>Notarization of the %1 %2 of %3</source>
        <translation>Notarization of the %1 %2 of %3</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>The number of the record an action concerns: an L/C, guarantee, listing, deal or quote (zh: 业务编号)</extracomment>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>lx::models::ProductDraftText</name>
    <message>
        <source>L/C</source>
        <translation>L/C</translation>
    </message>
    <message>
        <source>Forfaiting</source>
        <translation>Forfaiting</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <source>Quote board</source>
        <translation>Quote board</translation>
    </message>
    <message>
        <source>List claim for sale</source>
        <translation>List claim for sale</translation>
    </message>
    <message>
        <source>Quote on listing</source>
        <translation>Quote on listing</translation>
    </message>
    <message>
        <source>Withdraw listing</source>
        <translation>Withdraw listing</translation>
    </message>
    <message>
        <source>Withdraw quote</source>
        <translation>Withdraw quote</translation>
    </message>
    <message>
        <source>Accept quote</source>
        <translation>Accept quote</translation>
    </message>
    <message>
        <source>Notify claim transfer</source>
        <translation>Notify claim transfer</translation>
    </message>
    <message>
        <source>Acknowledge claim transfer</source>
        <translation>Acknowledge claim transfer</translation>
    </message>
    <message>
        <source>Pay the net amount</source>
        <translation>Pay the net amount</translation>
    </message>
    <message>
        <source>Pay at maturity</source>
        <translation>Pay at maturity</translation>
    </message>
    <message>
        <source>Record overdue</source>
        <translation>Record overdue</translation>
    </message>
    <message>
        <source>Issue guarantee</source>
        <translation>Issue guarantee</translation>
    </message>
    <message>
        <source>Advise guarantee</source>
        <translation>Advise guarantee</translation>
    </message>
    <message>
        <source>Amend guarantee</source>
        <translation>Amend guarantee</translation>
    </message>
    <message>
        <source>Answer amendment</source>
        <translation>Answer amendment</translation>
    </message>
    <message>
        <source>Present demand</source>
        <translation>Present demand</translation>
    </message>
    <message>
        <source>Examine demand</source>
        <translation>Examine demand</translation>
    </message>
    <message>
        <source>Suspend payment (extend or pay)</source>
        <translation>Suspend payment (extend or pay)</translation>
    </message>
    <message>
        <source>Extend expiry</source>
        <translation>Extend expiry</translation>
    </message>
    <message>
        <source>Pay demand</source>
        <translation>Pay demand</translation>
    </message>
    <message>
        <source>Reduce amount</source>
        <translation>Reduce amount</translation>
    </message>
    <message>
        <source>Record release</source>
        <translation>Record release</translation>
    </message>
    <message>
        <source>Record expiry</source>
        <translation>Record expiry</translation>
    </message>
    <message>
        <source>Record stop-payment order</source>
        <translation>Record stop-payment order</translation>
    </message>
    <message>
        <source>Lift stop-payment order</source>
        <translation>Lift stop-payment order</translation>
    </message>
    <message>
        <source>Post quote</source>
        <translation>Post quote</translation>
    </message>
    <message>
        <source>Report deal</source>
        <translation>Report deal</translation>
    </message>
    <message>
        <source>Other action</source>
        <translation>Other action</translation>
    </message>
    <message>
        <source>Guarantee No.</source>
        <translation>Guarantee No.</translation>
    </message>
    <message>
        <source>L/C No.</source>
        <translation>L/C No.</translation>
    </message>
    <message>
        <source>Presentation No.</source>
        <translation>Presentation No.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Forfaiting deal</source>
        <translation>Forfaiting deal</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>Face amount</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Face value</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Net amount</translation>
    </message>
    <message>
        <source>Discount rate (p.a.)</source>
        <translation>Discount rate (p.a.)</translation>
    </message>
    <message>
        <source>Pricing method</source>
        <translation>Pricing method</translation>
    </message>
    <message>
        <source>Day basis</source>
        <translation>Day basis</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>Grace days</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Tenor</translation>
    </message>
    <message>
        <source>Tenor (days)</source>
        <translation>Tenor (days)</translation>
    </message>
    <message>
        <source>Obligor tier</source>
        <translation>Obligor tier</translation>
    </message>
    <message>
        <source>Obligor bank</source>
        <translation>Obligor bank</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Days discounted</source>
        <translation>Days discounted</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Quoting bank</source>
        <translation>Quoting bank</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translation>Counterparty bank</translation>
    </message>
    <message>
        <source>Issuing bank</source>
        <translation>Issuing bank</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>Advising bank</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Expiry event</source>
        <translation>Expiry event</translation>
    </message>
    <message>
        <source>Maturity date</source>
        <translation>Maturity date</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Value date</translation>
    </message>
    <message>
        <source>Trade date</source>
        <translation>Trade date</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Underlying contract</source>
        <translation>Underlying contract</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Reduction schedule</source>
        <translation>Reduction schedule</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Inquiry only</source>
        <translation>Inquiry only</translation>
    </message>
    <message>
        <source>Quote revision</source>
        <translation>Quote revision</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Demand No.</source>
        <translation>Demand No.</translation>
    </message>
    <message>
        <source>Complying</source>
        <translation>Complying</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Discrepancies</translation>
    </message>
    <message>
        <source>Suspended until</source>
        <translation>Suspended until</translation>
    </message>
    <message>
        <source>New expiry date</source>
        <translation>New expiry date</translation>
    </message>
    <message>
        <source>Reduction clause</source>
        <translation>Reduction clause</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s consent</source>
        <translation>Beneficiary&apos;s consent</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>Order No.</translation>
    </message>
    <message>
        <source>Statement of breach</source>
        <translation>Statement of breach</translation>
    </message>
    <message>
        <source>Frozen by a court order</source>
        <translation>Frozen by a court order</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>Demands</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Increase</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Decrease</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <source>Overdue since</source>
        <translation>Overdue since</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <source>Quoted on</source>
        <translation>Quoted on</translation>
    </message>
    <message>
        <source>Transfer notice date</source>
        <translation>Transfer notice date</translation>
    </message>
    <message>
        <source>Transfer acknowledged on</source>
        <translation>Transfer acknowledged on</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>Settled on</translation>
    </message>
    <message>
        <source>Accepted quote</source>
        <translation>Accepted quote</translation>
    </message>
    <message>
        <source>Live listing</source>
        <translation>Live listing</translation>
    </message>
    <message>
        <source>Live deal</source>
        <translation>Live deal</translation>
    </message>
    <message>
        <source>Listings so far</source>
        <translation>Listings so far</translation>
    </message>
    <message>
        <source>Deals so far</source>
        <translation>Deals so far</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Holders</translation>
    </message>
    <message>
        <source>Days to maturity</source>
        <translation>Days to maturity</translation>
    </message>
    <message>
        <source>Posted at</source>
        <translation>Posted at</translation>
    </message>
    <message>
        <source>Withdrawn at</source>
        <translation>Withdrawn at</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>Checker</translation>
    </message>
    <message>
        <source>Reporting bank</source>
        <translation>Reporting bank</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <source>Stop-payment orders</source>
        <translation>Stop-payment orders</translation>
    </message>
    <message>
        <source>Examined on</source>
        <translation>Examined on</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Open-ended</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Bid guarantee</source>
        <translation>Bid guarantee</translation>
    </message>
    <message>
        <source>Performance guarantee</source>
        <translation>Performance guarantee</translation>
    </message>
    <message>
        <source>Advance payment guarantee</source>
        <translation>Advance payment guarantee</translation>
    </message>
    <message>
        <source>Payment guarantee</source>
        <translation>Payment guarantee</translation>
    </message>
    <message>
        <source>Retention guarantee</source>
        <translation>Retention guarantee</translation>
    </message>
    <message>
        <source>Warranty guarantee</source>
        <translation>Warranty guarantee</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>On a date</translation>
    </message>
    <message>
        <source>On an event</source>
        <translation>On an event</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Buy</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Straight discount</source>
        <translation>Straight discount</translation>
    </message>
    <message>
        <source>Discount to yield</source>
        <translation>Discount to yield</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Advised</translation>
    </message>
    <message>
        <source>Amendment pending</source>
        <translation>Amendment pending</translation>
    </message>
    <message>
        <source>Demanded</source>
        <translation>Demanded</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Under transfer</source>
        <translation>Under transfer</translation>
    </message>
    <message>
        <source>Transfer notified</source>
        <translation>Transfer notified</translation>
    </message>
    <message>
        <source>Transfer acknowledged</source>
        <translation>Transfer acknowledged</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Presented</translation>
    </message>
    <message>
        <source>Payment suspended</source>
        <translation>Payment suspended</translation>
    </message>
    <message>
        <source>Primary market</source>
        <translation>Primary market</translation>
    </message>
    <message>
        <source>Secondary market</source>
        <translation>Secondary market</translation>
    </message>
    <message>
        <source>1-30 days</source>
        <translation>1-30 days</translation>
    </message>
    <message>
        <source>31-90 days</source>
        <translation>31-90 days</translation>
    </message>
    <message>
        <source>91-180 days</source>
        <translation>91-180 days</translation>
    </message>
    <message>
        <source>181-270 days</source>
        <translation>181-270 days</translation>
    </message>
    <message>
        <source>271-366 days</source>
        <translation>271-366 days</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>Attest KYC of a corporate</source>
        <translation>Attest KYC of a corporate</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation>Corporate</translation>
    </message>
    <message>
        <source>Attesting bank</source>
        <translation>Attesting bank</translation>
    </message>
    <message>
        <source>Attested at</source>
        <translation>Attested at</translation>
    </message>
    <message>
        <source>KYC level</source>
        <translation>KYC level</translation>
    </message>
    <message>
        <source>Evidence (SHA-256 of the KYC file)</source>
        <translation>Evidence (SHA-256 of the KYC file)</translation>
    </message>
</context>
<context>
    <name>lx::models::ProposalListModel</name>
    <message>
        <source>Proposal</source>
        <extracomment>The proposal&apos;s number, e.g. GOV-0001.</extracomment>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>What a proposal decides.</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Subject</source>
        <extracomment>The member a proposal is about.</extracomment>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Tally</translation>
    </message>
    <message>
        <source>Voting until</source>
        <extracomment>The last day (China time) a vote on the proposal counts.</extracomment>
        <translation>Voting until</translation>
    </message>
</context>
<context>
    <name>lx::models::QuoteBoardModel</name>
    <message>
        <source>Tenor</source>
        <translation>Tenor</translation>
    </message>
    <message>
        <source>Obligor tier</source>
        <translation>Obligor tier</translation>
    </message>
    <message>
        <source>Best bid</source>
        <translation>Best bid</translation>
    </message>
    <message>
        <source>Bidding banks</source>
        <translation>Bidding banks</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Bids</translation>
    </message>
    <message>
        <source>Bid amount</source>
        <translation>Bid amount</translation>
    </message>
    <message>
        <source>Best offer</source>
        <translation>Best offer</translation>
    </message>
    <message>
        <source>Offering banks</source>
        <translation>Offering banks</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Offer amount</source>
        <translation>Offer amount</translation>
    </message>
    <message>
        <source>Deals (30 d)</source>
        <extracomment>Deals traded in the board&apos;s window (30 days).</extracomment>
        <translation>Deals (30 d)</translation>
    </message>
    <message>
        <source>Deal volume</source>
        <translation>Deal volume</translation>
    </message>
</context>
<context>
    <name>lx::models::QuoteDraft</name>
    <message>
        <source>%1: enter an amount.</source>
        <translation>%1: enter an amount.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rate: enter the discount rate in percent per annum, e.g. 3.25.</source>
        <translation>Rate: enter the discount rate in percent per annum, e.g. 3.25.</translation>
    </message>
    <message>
        <source>Rate: &quot;%1&quot; is not a rate; type percent per annum above 0 and at most 100, with at most four decimals.</source>
        <translation>Rate: &quot;%1&quot; is not a rate; type percent per annum above 0 and at most 100, with at most four decimals.</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Face amount</source>
        <translation>Face amount</translation>
    </message>
</context>
<context>
    <name>lx::models::QuoteListModel</name>
    <message>
        <source>%1 (L/C %2)</source>
        <extracomment>A deal quote&apos;s tenor bucket and the L/C whose claim it prices.</extracomment>
        <translation>%1 (L/C %2)</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <extracomment>The signed-in bank&apos;s own quote in the list of live quotes.</extracomment>
        <translation>%1 (yours)</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Obligor tier</source>
        <translation>Obligor tier</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Tenor</translation>
    </message>
    <message>
        <source>Rate p.a.</source>
        <translation>Rate p.a.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>Grace days</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Quoting bank</source>
        <translation>Quoting bank</translation>
    </message>
</context>
<context>
    <name>lx::models::QuoteText</name>
    <message>
        <source>Bid (buy)</source>
        <extracomment>A quote to buy forfaiting claims at a discount rate.</extracomment>
        <translation>Bid (buy)</translation>
    </message>
    <message>
        <source>Offer (sell)</source>
        <extracomment>A quote to sell forfaiting claims at a discount rate.</extracomment>
        <translation>Offer (sell)</translation>
    </message>
    <message>
        <source>Straight discount</source>
        <translation>Straight discount</translation>
    </message>
    <message>
        <source>Discount to yield</source>
        <translation>Discount to yield</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <extracomment>An obligor bank&apos;s tier in the membership registry (1 strongest .. 5).</extracomment>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <extracomment>A tenor bucket: remaining days to maturity, e.g. &quot;91-180 days&quot;.</extracomment>
        <translation>%1 days</translation>
    </message>
</context>
<context>
    <name>lx::models::ReasonCatalog</name>
    <message>
        <source>The ledger refused the action (%1).</source>
        <translation>The ledger refused the action (%1).</translation>
    </message>
    <message>
        <source>Another bank must take this step: your bank has no part in it for this L/C.</source>
        <translation>Another bank must take this step: your bank has no part in it for this L/C.</translation>
    </message>
    <message>
        <source>The regulator reads every L/C but changes nothing.</source>
        <translation>The regulator reads every L/C but changes nothing.</translation>
    </message>
    <message>
        <source>Only member banks act on letters of credit.</source>
        <translation>Only member banks act on letters of credit.</translation>
    </message>
    <message>
        <source>Only a trade-finance officer drafts L/C actions; sign in as an officer.</source>
        <translation>Only a trade-finance officer drafts L/C actions; sign in as an officer.</translation>
    </message>
    <message>
        <source>Only a checker approves or returns drafts; sign in as a checker.</source>
        <translation>Only a checker approves or returns drafts; sign in as a checker.</translation>
    </message>
    <message>
        <source>You drafted this yourself; another checker of your bank must approve it.</source>
        <translation>You drafted this yourself; another checker of your bank must approve it.</translation>
    </message>
    <message>
        <source>Your bank has no such draft; it may have been withdrawn.</source>
        <translation>Your bank has no such draft; it may have been withdrawn.</translation>
    </message>
    <message>
        <source>This draft was approved or returned already; the maker submits a new one.</source>
        <translation>This draft was approved or returned already; the maker submits a new one.</translation>
    </message>
    <message>
        <source>The draft must travel in the private part of the proposal, never in its arguments.</source>
        <translation>The draft must travel in the private part of the proposal, never in its arguments.</translation>
    </message>
    <message>
        <source>Tell the maker what to correct: a returned draft needs a comment.</source>
        <translation>Tell the maker what to correct: a returned draft needs a comment.</translation>
    </message>
    <message>
        <source>The draft carries no action.</source>
        <translation>The draft carries no action.</translation>
    </message>
    <message>
        <source>There is no L/C with this number.</source>
        <translation>There is no L/C with this number.</translation>
    </message>
    <message>
        <source>An L/C with this number exists already; choose another number.</source>
        <translation>An L/C with this number exists already; choose another number.</translation>
    </message>
    <message>
        <source>The L/C is not in a state that allows this step.</source>
        <translation>The L/C is not in a state that allows this step.</translation>
    </message>
    <message>
        <source>Unknown L/C state; choose one from the list.</source>
        <translation>Unknown L/C state; choose one from the list.</translation>
    </message>
    <message>
        <source>The ledger record of this L/C cannot be read; tell your administrator.</source>
        <translation>The ledger record of this L/C cannot be read; tell your administrator.</translation>
    </message>
    <message>
        <source>A presentation is still open or unpaid; settle it first.</source>
        <translation>A presentation is still open or unpaid; settle it first.</translation>
    </message>
    <message>
        <source>Documents were presented under this L/C: it can no longer be cancelled, only closed.</source>
        <translation>Documents were presented under this L/C: it can no longer be cancelled, only closed.</translation>
    </message>
    <message>
        <source>The L/C is irrevocable and advised: cancelling it needs the beneficiary&apos;s written consent.</source>
        <translation>The L/C is irrevocable and advised: cancelling it needs the beneficiary&apos;s written consent.</translation>
    </message>
    <message>
        <source>The L/C is still valid; record its expiry from the day after the expiry date.</source>
        <translation>The L/C is still valid; record its expiry from the day after the expiry date.</translation>
    </message>
    <message>
        <source>A domestic L/C carries the title 国内信用证.</source>
        <translation>A domestic L/C carries the title 国内信用证.</translation>
    </message>
    <message>
        <source>Give the L/C number: 1 to 35 letters, digits, &apos;-&apos; or &apos;/&apos;.</source>
        <translation>Give the L/C number: 1 to 35 letters, digits, &apos;-&apos; or &apos;/&apos;.</translation>
    </message>
    <message>
        <source>A domestic L/C is irrevocable.</source>
        <translation>A domestic L/C is irrevocable.</translation>
    </message>
    <message>
        <source>A domestic L/C is in renminbi (CNY) only.</source>
        <translation>A domestic L/C is in renminbi (CNY) only.</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>The amount must be above zero.</translation>
    </message>
    <message>
        <source>The amount is more than the available balance plus tolerance.</source>
        <translation>The amount is more than the available balance plus tolerance.</translation>
    </message>
    <message>
        <source>A tolerance is a percentage from 0 to 100.</source>
        <translation>A tolerance is a percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>Give each party&apos;s name, unified social credit code, account and account bank.</source>
        <translation>Give each party&apos;s name, unified social credit code, account and account bank.</translation>
    </message>
    <message>
        <source>A party&apos;s unified social credit code is not valid.</source>
        <translation>A party&apos;s unified social credit code is not valid.</translation>
    </message>
    <message>
        <source>Name the issuing and the advising bank.</source>
        <translation>Name the issuing and the advising bank.</translation>
    </message>
    <message>
        <source>A confirmable L/C names its confirming bank.</source>
        <translation>A confirmable L/C names its confirming bank.</translation>
    </message>
    <message>
        <source>A negotiable L/C names its negotiating bank, or any bank.</source>
        <translation>A negotiable L/C names its negotiating bank, or any bank.</translation>
    </message>
    <message>
        <source>A transferable L/C names its one transferring bank.</source>
        <translation>A transferable L/C names its one transferring bank.</translation>
    </message>
    <message>
        <source>A date is missing or not a calendar day.</source>
        <translation>A date is missing or not a calendar day.</translation>
    </message>
    <message>
        <source>The expiry date must come after the issue date.</source>
        <translation>The expiry date must come after the issue date.</translation>
    </message>
    <message>
        <source>The new expiry date has passed already.</source>
        <translation>The new expiry date has passed already.</translation>
    </message>
    <message>
        <source>Give the place of expiry.</source>
        <translation>Give the place of expiry.</translation>
    </message>
    <message>
        <source>The latest shipment date cannot be after the expiry date.</source>
        <translation>The latest shipment date cannot be after the expiry date.</translation>
    </message>
    <message>
        <source>Choose the payment term: at sight or deferred.</source>
        <translation>Choose the payment term: at sight or deferred.</translation>
    </message>
    <message>
        <source>A deferred payment needs its maturity: days after a date, or a fixed date.</source>
        <translation>A deferred payment needs its maturity: days after a date, or a fixed date.</translation>
    </message>
    <message>
        <source>The maturity cannot be computed from the dates given.</source>
        <translation>The maturity cannot be computed from the dates given.</translation>
    </message>
    <message>
        <source>A deferred payment term is at most one year.</source>
        <translation>A deferred payment term is at most one year.</translation>
    </message>
    <message>
        <source>Give the presentation period in days after shipment.</source>
        <translation>Give the presentation period in days after shipment.</translation>
    </message>
    <message>
        <source>Describe the goods or services.</source>
        <translation>Describe the goods or services.</translation>
    </message>
    <message>
        <source>List the documents required, or attach the documents presented.</source>
        <translation>List the documents required, or attach the documents presented.</translation>
    </message>
    <message>
        <source>Say who bears the charges.</source>
        <translation>Say who bears the charges.</translation>
    </message>
    <message>
        <source>An amendment must change at least one term.</source>
        <translation>An amendment must change at least one term.</translation>
    </message>
    <message>
        <source>There is no amendment with this number waiting for an answer.</source>
        <translation>There is no amendment with this number waiting for an answer.</translation>
    </message>
    <message>
        <source>An amendment is accepted or rejected whole; accepting part of it counts as rejection.</source>
        <translation>An amendment is accepted or rejected whole; accepting part of it counts as rejection.</translation>
    </message>
    <message>
        <source>There is no presentation with this number.</source>
        <translation>There is no presentation with this number.</translation>
    </message>
    <message>
        <source>The L/C has expired: documents can no longer be presented.</source>
        <translation>The L/C has expired: documents can no longer be presented.</translation>
    </message>
    <message>
        <source>The documents came after the presentation period following shipment.</source>
        <translation>The documents came after the presentation period following shipment.</translation>
    </message>
    <message>
        <source>The shipment date is after the latest shipment date.</source>
        <translation>The shipment date is after the latest shipment date.</translation>
    </message>
    <message>
        <source>The L/C prohibits partial shipments and has been drawn already.</source>
        <translation>The L/C prohibits partial shipments and has been drawn already.</translation>
    </message>
    <message>
        <source>Each document needs its type, file name and SHA-256 hash.</source>
        <translation>Each document needs its type, file name and SHA-256 hash.</translation>
    </message>
    <message>
        <source>The five business days for examination have passed; the documents can no longer be refused.</source>
        <translation>The five business days for examination have passed; the documents can no longer be refused.</translation>
    </message>
    <message>
        <source>A complying presentation lists no discrepancies.</source>
        <translation>A complying presentation lists no discrepancies.</translation>
    </message>
    <message>
        <source>A refusal lists every discrepancy, in one notice.</source>
        <translation>A refusal lists every discrepancy, in one notice.</translation>
    </message>
    <message>
        <source>Say whether the documents are held or returned.</source>
        <translation>Say whether the documents are held or returned.</translation>
    </message>
    <message>
        <source>A waiver needs the applicant&apos;s written acceptance; give its reference.</source>
        <translation>A waiver needs the applicant&apos;s written acceptance; give its reference.</translation>
    </message>
    <message>
        <source>This L/C pays at sight: pay the presentation instead.</source>
        <translation>This L/C pays at sight: pay the presentation instead.</translation>
    </message>
    <message>
        <source>The payment is not due yet; pay on the maturity date.</source>
        <translation>The payment is not due yet; pay on the maturity date.</translation>
    </message>
    <message>
        <source>This file was never notarized on the trust chain.</source>
        <translation>This file was never notarized on the trust chain.</translation>
    </message>
    <message>
        <source>This document is notarized already under this L/C.</source>
        <translation>This document is notarized already under this L/C.</translation>
    </message>
    <message>
        <source>A document hash is 32 bytes (SHA-256).</source>
        <translation>A document hash is 32 bytes (SHA-256).</translation>
    </message>
    <message>
        <source>Give the document&apos;s type.</source>
        <translation>Give the document&apos;s type.</translation>
    </message>
    <message>
        <source>Give the L/C the document belongs to.</source>
        <translation>Give the L/C the document belongs to.</translation>
    </message>
    <message>
        <source>Give the issuing bank of the L/C.</source>
        <translation>Give the issuing bank of the L/C.</translation>
    </message>
    <message>
        <source>A bank notarizes documents for itself only.</source>
        <translation>A bank notarizes documents for itself only.</translation>
    </message>
    <message>
        <source>The regulator and the secretariat read notarizations but record none.</source>
        <translation>The regulator and the secretariat read notarizations but record none.</translation>
    </message>
    <message>
        <source>A bank sees the duplicate-document flags of its own L/Cs only.</source>
        <translation>A bank sees the duplicate-document flags of its own L/Cs only.</translation>
    </message>
    <message>
        <source>A notary record cannot be read; tell your administrator.</source>
        <translation>A notary record cannot be read; tell your administrator.</translation>
    </message>
    <message>
        <source>No bank has attested this corporate&apos;s KYC.</source>
        <translation>No bank has attested this corporate&apos;s KYC.</translation>
    </message>
    <message>
        <source>Only the bank that attested can change its attestation.</source>
        <translation>Only the bank that attested can change its attestation.</translation>
    </message>
    <message>
        <source>A bank attests for itself only.</source>
        <translation>A bank attests for itself only.</translation>
    </message>
    <message>
        <source>The regulator and the secretariat read attestations but make none.</source>
        <translation>The regulator and the secretariat read attestations but make none.</translation>
    </message>
    <message>
        <source>Give the KYC file&apos;s SHA-256 hash, never the file.</source>
        <translation>Give the KYC file&apos;s SHA-256 hash, never the file.</translation>
    </message>
    <message>
        <source>The KYC level is SDD, CDD or EDD.</source>
        <translation>The KYC level is SDD, CDD or EDD.</translation>
    </message>
    <message>
        <source>The attestation must be valid beyond today; set a validity date in the future.</source>
        <translation>The attestation must be valid beyond today; set a validity date in the future.</translation>
    </message>
    <message>
        <source>Give the corporate&apos;s registered name as on its business licence.</source>
        <translation>Give the corporate&apos;s registered name as on its business licence.</translation>
    </message>
    <message>
        <source>This member is registered already.</source>
        <translation>This member is registered already.</translation>
    </message>
    <message>
        <source>There is no member with this ID.</source>
        <translation>There is no member with this ID.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation>A unified social credit code has 18 characters.</translation>
    </message>
    <message>
        <source>The code uses digits and capital letters other than I, O, Z, S and V.</source>
        <translation>The code uses digits and capital letters other than I, O, Z, S and V.</translation>
    </message>
    <message>
        <source>The first character is no registration authority code (1-9, A, N or Y).</source>
        <translation>The first character is no registration authority code (1-9, A, N or Y).</translation>
    </message>
    <message>
        <source>The second character (organization type) does not fit the registration authority.</source>
        <translation>The second character (organization type) does not fit the registration authority.</translation>
    </message>
    <message>
        <source>Characters 3 to 8 must be an administrative division code (six digits of a province, city and county).</source>
        <translation>Characters 3 to 8 must be an administrative division code (six digits of a province, city and county).</translation>
    </message>
    <message>
        <source>The organization code (characters 9 to 17) fails its check character: look for a typing error.</source>
        <translation>The organization code (characters 9 to 17) fails its check character: look for a typing error.</translation>
    </message>
    <message>
        <source>The last character does not match the code: look for a typing error.</source>
        <translation>The last character does not match the code: look for a typing error.</translation>
    </message>
    <message>
        <source>The request was malformed; update LianXin or tell your administrator.</source>
        <translation>The request was malformed; update LianXin or tell your administrator.</translation>
    </message>
    <message>
        <source>The ledger does not know this request; update LianXin.</source>
        <translation>The ledger does not know this request; update LianXin.</translation>
    </message>
    <message>
        <source>The contract refused without a reason code.</source>
        <translation>The contract refused without a reason code.</translation>
    </message>
    <message>
        <source>The transaction was ordered but not valid (another change came first); do it again.</source>
        <translation>The transaction was ordered but not valid (another change came first); do it again.</translation>
    </message>
    <message>
        <source>This transaction is on the ledger already.</source>
        <translation>This transaction is on the ledger already.</translation>
    </message>
    <message>
        <source>The ledger has no such transaction.</source>
        <translation>The ledger has no such transaction.</translation>
    </message>
    <message>
        <source>The ledger did not confirm in time; the action stays queued and is checked again.</source>
        <translation>The ledger did not confirm in time; the action stays queued and is checked again.</translation>
    </message>
    <message>
        <source>The ledger is closing; the action stays queued.</source>
        <translation>The ledger is closing; the action stays queued.</translation>
    </message>
    <message>
        <source>Another LianXin process holds this sandbox ledger; close it first.</source>
        <translation>Another LianXin process holds this sandbox ledger; close it first.</translation>
    </message>
    <message>
        <source>The ledger cannot be reached; actions wait in the outbox.</source>
        <translation>The ledger cannot be reached; actions wait in the outbox.</translation>
    </message>
    <message>
        <source>A signature did not verify; your identity may not belong to this consortium.</source>
        <translation>A signature did not verify; your identity may not belong to this consortium.</translation>
    </message>
    <message>
        <source>Your identity is not a member of this channel.</source>
        <translation>Your identity is not a member of this channel.</translation>
    </message>
    <message>
        <source>An endorsing organization is not a member of this channel.</source>
        <translation>An endorsing organization is not a member of this channel.</translation>
    </message>
    <message>
        <source>There is no such channel.</source>
        <translation>There is no such channel.</translation>
    </message>
    <message>
        <source>There is no such contract on this channel.</source>
        <translation>There is no such contract on this channel.</translation>
    </message>
    <message>
        <source>This private data is held by another bank.</source>
        <translation>This private data is held by another bank.</translation>
    </message>
    <message>
        <source>The proposal was malformed; update LianXin.</source>
        <translation>The proposal was malformed; update LianXin.</translation>
    </message>
    <message>
        <source>A stored proposal is unreadable; the cache may be damaged.</source>
        <translation>A stored proposal is unreadable; the cache may be damaged.</translation>
    </message>
    <message>
        <source>The transaction was malformed; update LianXin.</source>
        <translation>The transaction was malformed; update LianXin.</translation>
    </message>
    <message>
        <source>The ledger&apos;s answer could not be read.</source>
        <translation>The ledger&apos;s answer could not be read.</translation>
    </message>
    <message>
        <source>Another bank must take this step in this forfaiting deal; your bank has no part in it.</source>
        <translation>Another bank must take this step in this forfaiting deal; your bank has no part in it.</translation>
    </message>
    <message>
        <source>The claim, listing, quote or deal is not in a state that allows this step.</source>
        <translation>The claim, listing, quote or deal is not in a state that allows this step.</translation>
    </message>
    <message>
        <source>Only the bank that holds the claim may list or sell it.</source>
        <translation>Only the bank that holds the claim may list or sell it.</translation>
    </message>
    <message>
        <source>This listing is your bank&apos;s own; other banks quote on it.</source>
        <translation>This listing is your bank&apos;s own; other banks quote on it.</translation>
    </message>
    <message>
        <source>Name the claim: the L/C number and the presentation number.</source>
        <translation>Name the claim: the L/C number and the presentation number.</translation>
    </message>
    <message>
        <source>There is no forfaiting claim with this number.</source>
        <translation>There is no forfaiting claim with this number.</translation>
    </message>
    <message>
        <source>There is no listing with this number.</source>
        <translation>There is no listing with this number.</translation>
    </message>
    <message>
        <source>There is no quote with this number.</source>
        <translation>There is no quote with this number.</translation>
    </message>
    <message>
        <source>There is no forfaiting deal with this number.</source>
        <translation>There is no forfaiting deal with this number.</translation>
    </message>
    <message>
        <source>Unknown listing state; choose open, withdrawn or agreed.</source>
        <translation>Unknown listing state; choose open, withdrawn or agreed.</translation>
    </message>
    <message>
        <source>There is no L/C with this number on the L/C channel; check the number.</source>
        <translation>There is no L/C with this number on the L/C channel; check the number.</translation>
    </message>
    <message>
        <source>The L/C channel could not be read just now; try again later.</source>
        <translation>The L/C channel could not be read just now; try again later.</translation>
    </message>
    <message>
        <source>The L/C&apos;s record on the L/C channel cannot be read; tell your administrator.</source>
        <translation>The L/C&apos;s record on the L/C channel cannot be read; tell your administrator.</translation>
    </message>
    <message>
        <source>The L/C has no presentation with this number.</source>
        <translation>The L/C has no presentation with this number.</translation>
    </message>
    <message>
        <source>This L/C pays at sight: there is no deferred payment to finance.</source>
        <translation>This L/C pays at sight: there is no deferred payment to finance.</translation>
    </message>
    <message>
        <source>Only a presentation whose payment at maturity the issuing bank has confirmed can be financed.</source>
        <translation>Only a presentation whose payment at maturity the issuing bank has confirmed can be financed.</translation>
    </message>
    <message>
        <source>The payment confirmation names no maturity date, so the claim cannot be priced.</source>
        <translation>The payment confirmation names no maturity date, so the claim cannot be priced.</translation>
    </message>
    <message>
        <source>The claim has matured: it is no longer transferred, the obligor pays its holder.</source>
        <translation>The claim has matured: it is no longer transferred, the obligor pays its holder.</translation>
    </message>
    <message>
        <source>The claim has been paid already.</source>
        <translation>The claim has been paid already.</translation>
    </message>
    <message>
        <source>The claim is recorded as overdue already.</source>
        <translation>The claim is recorded as overdue already.</translation>
    </message>
    <message>
        <source>This claim is sold or on offer already: one claim is financed once at a time.</source>
        <translation>This claim is sold or on offer already: one claim is financed once at a time.</translation>
    </message>
    <message>
        <source>The claim is not due yet; pay it on or after its maturity date.</source>
        <translation>The claim is not due yet; pay it on or after its maturity date.</translation>
    </message>
    <message>
        <source>The claim is not overdue yet: its grace days have not run out.</source>
        <translation>The claim is not overdue yet: its grace days have not run out.</translation>
    </message>
    <message>
        <source>Quote a discount rate above 0% and at most 100% per annum.</source>
        <translation>Quote a discount rate above 0% and at most 100% per annum.</translation>
    </message>
    <message>
        <source>Choose how the rate applies: straight discount or discount to yield.</source>
        <translation>Choose how the rate applies: straight discount or discount to yield.</translation>
    </message>
    <message>
        <source>CNY claims are discounted on a 360-day year.</source>
        <translation>CNY claims are discounted on a 360-day year.</translation>
    </message>
    <message>
        <source>Grace days run from 0 to 90.</source>
        <translation>Grace days run from 0 to 90.</translation>
    </message>
    <message>
        <source>Fees cannot be negative.</source>
        <translation>Fees cannot be negative.</translation>
    </message>
    <message>
        <source>Give the value date, the day the buyer pays.</source>
        <translation>Give the value date, the day the buyer pays.</translation>
    </message>
    <message>
        <source>The value date has passed; choose today or a later day.</source>
        <translation>The value date has passed; choose today or a later day.</translation>
    </message>
    <message>
        <source>The value date must come before the claim&apos;s maturity.</source>
        <translation>The value date must come before the claim&apos;s maturity.</translation>
    </message>
    <message>
        <source>A quote must stay valid until a time after now.</source>
        <translation>A quote must stay valid until a time after now.</translation>
    </message>
    <message>
        <source>Your bank has a live quote on this listing; withdraw it before quoting again.</source>
        <translation>Your bank has a live quote on this listing; withdraw it before quoting again.</translation>
    </message>
    <message>
        <source>The quote is no longer valid; ask the quoting bank for a new one.</source>
        <translation>The quote is no longer valid; ask the quoting bank for a new one.</translation>
    </message>
    <message>
        <source>The quote has changed since you saw it; review the new price before accepting it.</source>
        <translation>The quote has changed since you saw it; review the new price before accepting it.</translation>
    </message>
    <message>
        <source>The face value must be above zero.</source>
        <translation>The face value must be above zero.</translation>
    </message>
    <message>
        <source>The rate must be from 0 to 100% per annum.</source>
        <translation>The rate must be from 0 to 100% per annum.</translation>
    </message>
    <message>
        <source>The claim matures on or before the value date: there are no days to discount.</source>
        <translation>The claim matures on or before the value date: there are no days to discount.</translation>
    </message>
    <message>
        <source>Discount and fees take the whole face value; check the rate, the days and the fees.</source>
        <translation>Discount and fees take the whole face value; check the rate, the days and the fees.</translation>
    </message>
    <message>
        <source>Another bank must take this step for this guarantee; your bank has no part in it.</source>
        <translation>Another bank must take this step for this guarantee; your bank has no part in it.</translation>
    </message>
    <message>
        <source>The guarantee is not in a state that allows this step.</source>
        <translation>The guarantee is not in a state that allows this step.</translation>
    </message>
    <message>
        <source>The draft carries no guarantee action.</source>
        <translation>The draft carries no guarantee action.</translation>
    </message>
    <message>
        <source>There is no guarantee with this number.</source>
        <translation>There is no guarantee with this number.</translation>
    </message>
    <message>
        <source>A guarantee with this number exists already; choose another number.</source>
        <translation>A guarantee with this number exists already; choose another number.</translation>
    </message>
    <message>
        <source>The ledger record of this guarantee cannot be read; tell your administrator.</source>
        <translation>The ledger record of this guarantee cannot be read; tell your administrator.</translation>
    </message>
    <message>
        <source>Unknown guarantee state; choose one from the list.</source>
        <translation>Unknown guarantee state; choose one from the list.</translation>
    </message>
    <message>
        <source>Give the guarantee a number.</source>
        <translation>Give the guarantee a number.</translation>
    </message>
    <message>
        <source>Choose the guarantee type: bid, performance, advance payment, payment, retention or warranty.</source>
        <translation>Choose the guarantee type: bid, performance, advance payment, payment, retention or warranty.</translation>
    </message>
    <message>
        <source>Guarantees are in renminbi (CNY) only.</source>
        <translation>Guarantees are in renminbi (CNY) only.</translation>
    </message>
    <message>
        <source>The amount must be above zero and at most the amount available.</source>
        <translation>The amount must be above zero and at most the amount available.</translation>
    </message>
    <message>
        <source>Name both the applicant and the beneficiary.</source>
        <translation>Name both the applicant and the beneficiary.</translation>
    </message>
    <message>
        <source>Name an advising bank other than the issuing bank.</source>
        <translation>Name an advising bank other than the issuing bank.</translation>
    </message>
    <message>
        <source>Give the reference of the underlying contract the guarantee secures.</source>
        <translation>Give the reference of the underlying contract the guarantee secures.</translation>
    </message>
    <message>
        <source>Choose how the guarantee expires: on a date, on an event, or open-ended.</source>
        <translation>Choose how the guarantee expires: on a date, on an event, or open-ended.</translation>
    </message>
    <message>
        <source>An expiry by date needs an expiry date after today.</source>
        <translation>An expiry by date needs an expiry date after today.</translation>
    </message>
    <message>
        <source>An expiry by event needs the event described (e.g. the taking-over certificate).</source>
        <translation>An expiry by event needs the event described (e.g. the taking-over certificate).</translation>
    </message>
    <message>
        <source>Each reduction clause needs a date and an amount above zero.</source>
        <translation>Each reduction clause needs a date and an amount above zero.</translation>
    </message>
    <message>
        <source>The decrease would leave nothing available; release or reduce the guarantee instead.</source>
        <translation>The decrease would leave nothing available; release or reduce the guarantee instead.</translation>
    </message>
    <message>
        <source>The guarantee has expired: a demand must be received on or before the expiry date.</source>
        <translation>The guarantee has expired: a demand must be received on or before the expiry date.</translation>
    </message>
    <message>
        <source>The demand is for more than the amount available under the guarantee.</source>
        <translation>The demand is for more than the amount available under the guarantee.</translation>
    </message>
    <message>
        <source>A demand carries the beneficiary&apos;s statement saying how the applicant is in breach.</source>
        <translation>A demand carries the beneficiary&apos;s statement saying how the applicant is in breach.</translation>
    </message>
    <message>
        <source>Each supporting document needs its SHA-256 hash.</source>
        <translation>Each supporting document needs its SHA-256 hash.</translation>
    </message>
    <message>
        <source>An extend-or-pay demand asks for a new expiry date later than the current one.</source>
        <translation>An extend-or-pay demand asks for a new expiry date later than the current one.</translation>
    </message>
    <message>
        <source>The guarantee has no demand with this number.</source>
        <translation>The guarantee has no demand with this number.</translation>
    </message>
    <message>
        <source>A demand under this guarantee is still open; settle it first.</source>
        <translation>A demand under this guarantee is still open; settle it first.</translation>
    </message>
    <message>
        <source>A complying demand lists no discrepancies; remove them or reject the demand.</source>
        <translation>A complying demand lists no discrepancies; remove them or reject the demand.</translation>
    </message>
    <message>
        <source>A rejection lists every discrepancy, in one notice.</source>
        <translation>A rejection lists every discrepancy, in one notice.</translation>
    </message>
    <message>
        <source>The five business days for examination have passed; the demand can no longer be rejected.</source>
        <translation>The five business days for examination have passed; the demand can no longer be rejected.</translation>
    </message>
    <message>
        <source>Payment may be suspended only on an extend-or-pay demand.</source>
        <translation>Payment may be suspended only on an extend-or-pay demand.</translation>
    </message>
    <message>
        <source>Payment may be suspended for at most 30 calendar days after the demand was received.</source>
        <translation>Payment may be suspended for at most 30 calendar days after the demand was received.</translation>
    </message>
    <message>
        <source>The suspension has ended; the demand must now be paid.</source>
        <translation>The suspension has ended; the demand must now be paid.</translation>
    </message>
    <message>
        <source>A court&apos;s stop-payment order freezes this guarantee; nothing may be paid until it is lifted.</source>
        <translation>A court&apos;s stop-payment order freezes this guarantee; nothing may be paid until it is lifted.</translation>
    </message>
    <message>
        <source>A stop-payment order freezes this guarantee already.</source>
        <translation>A stop-payment order freezes this guarantee already.</translation>
    </message>
    <message>
        <source>The guarantee is not frozen.</source>
        <translation>The guarantee is not frozen.</translation>
    </message>
    <message>
        <source>Name the court and the number of its order.</source>
        <translation>Name the court and the number of its order.</translation>
    </message>
    <message>
        <source>The guarantee has no reduction clause with this number.</source>
        <translation>The guarantee has no reduction clause with this number.</translation>
    </message>
    <message>
        <source>This reduction clause has been applied already.</source>
        <translation>This reduction clause has been applied already.</translation>
    </message>
    <message>
        <source>The reduction clause is not in effect yet; apply it on or after its date.</source>
        <translation>The reduction clause is not in effect yet; apply it on or after its date.</translation>
    </message>
    <message>
        <source>A reduction outside the schedule needs the beneficiary&apos;s consent; give its reference.</source>
        <translation>A reduction outside the schedule needs the beneficiary&apos;s consent; give its reference.</translation>
    </message>
    <message>
        <source>This guarantee has no expiry date; it ends by release, by payment or by its event.</source>
        <translation>This guarantee has no expiry date; it ends by release, by payment or by its event.</translation>
    </message>
    <message>
        <source>The guarantee is still valid; record its expiry from the day after the expiry date.</source>
        <translation>The guarantee is still valid; record its expiry from the day after the expiry date.</translation>
    </message>
    <message>
        <source>A bank posts, withdraws and reports on the quote board for itself only.</source>
        <translation>A bank posts, withdraws and reports on the quote board for itself only.</translation>
    </message>
    <message>
        <source>Say whether your bank buys or sells claims at this rate.</source>
        <translation>Say whether your bank buys or sells claims at this rate.</translation>
    </message>
    <message>
        <source>Name the obligor bank, or its tier.</source>
        <translation>Name the obligor bank, or its tier.</translation>
    </message>
    <message>
        <source>The obligor is not in the consortium&apos;s membership registry; name a member bank.</source>
        <translation>The obligor is not in the consortium&apos;s membership registry; name a member bank.</translation>
    </message>
    <message>
        <source>The obligor must be a bank: the bank that pays the claim at maturity.</source>
        <translation>The obligor must be a bank: the bank that pays the claim at maturity.</translation>
    </message>
    <message>
        <source>The membership registry did not answer; give the obligor tier instead, or try again.</source>
        <translation>The membership registry did not answer; give the obligor tier instead, or try again.</translation>
    </message>
    <message>
        <source>The obligor tier is one of the registry&apos;s tiers, 1 (strongest) to 5.</source>
        <translation>The obligor tier is one of the registry&apos;s tiers, 1 (strongest) to 5.</translation>
    </message>
    <message>
        <source>The membership registry puts the obligor in another tier; leave the tier out or correct it.</source>
        <translation>The membership registry puts the obligor in another tier; leave the tier out or correct it.</translation>
    </message>
    <message>
        <source>Choose the tenor bucket: 1-30, 31-90, 91-180, 181-270 or 271-366 days.</source>
        <translation>Choose the tenor bucket: 1-30, 31-90, 91-180, 181-270 or 271-366 days.</translation>
    </message>
    <message>
        <source>The tenor does not match the days to maturity; leave it out or correct it.</source>
        <translation>The tenor does not match the days to maturity; leave it out or correct it.</translation>
    </message>
    <message>
        <source>A discount rate is above 0% and at most 100% per annum.</source>
        <translation>A discount rate is above 0% and at most 100% per annum.</translation>
    </message>
    <message>
        <source>CNY forfaiting counts interest on a 360-day year.</source>
        <translation>CNY forfaiting counts interest on a 360-day year.</translation>
    </message>
    <message>
        <source>Grace days run from 0 to 30.</source>
        <translation>Grace days run from 0 to 30.</translation>
    </message>
    <message>
        <source>The amount available at this rate must be above zero.</source>
        <translation>The amount available at this rate must be above zero.</translation>
    </message>
    <message>
        <source>The quote&apos;s validity has passed; give a validity in the future.</source>
        <translation>The quote&apos;s validity has passed; give a validity in the future.</translation>
    </message>
    <message>
        <source>A quote on one claim names the L/C number, the face amount and the maturity date, all three.</source>
        <translation>A quote on one claim names the L/C number, the face amount and the maturity date, all three.</translation>
    </message>
    <message>
        <source>The face amount of the claim must be above zero.</source>
        <translation>The face amount of the claim must be above zero.</translation>
    </message>
    <message>
        <source>The maturity date is not a calendar day.</source>
        <translation>The maturity date is not a calendar day.</translation>
    </message>
    <message>
        <source>A claim on the board matures in 1 to 366 days.</source>
        <translation>A claim on the board matures in 1 to 366 days.</translation>
    </message>
    <message>
        <source>This quote is on the board already.</source>
        <translation>This quote is on the board already.</translation>
    </message>
    <message>
        <source>There is no quote with this number on the board.</source>
        <translation>There is no quote with this number on the board.</translation>
    </message>
    <message>
        <source>The quote has been withdrawn already.</source>
        <translation>The quote has been withdrawn already.</translation>
    </message>
    <message>
        <source>The quote is no longer valid; it has left the board by itself.</source>
        <translation>The quote is no longer valid; it has left the board by itself.</translation>
    </message>
    <message>
        <source>Give the forfaiting deal&apos;s number from the forfaiting channel.</source>
        <translation>Give the forfaiting deal&apos;s number from the forfaiting channel.</translation>
    </message>
    <message>
        <source>This deal is on the board already; a deal is reported once.</source>
        <translation>This deal is on the board already; a deal is reported once.</translation>
    </message>
    <message>
        <source>A deal&apos;s tenor is 1 to 366 days.</source>
        <translation>A deal&apos;s tenor is 1 to 366 days.</translation>
    </message>
    <message>
        <source>Give the trade date as a calendar day.</source>
        <translation>Give the trade date as a calendar day.</translation>
    </message>
    <message>
        <source>The trade date is after today; report a deal once it is concluded.</source>
        <translation>The trade date is after today; report a deal once it is concluded.</translation>
    </message>
    <message>
        <source>The board filter is not valid: tier 1 to 5, a tenor bucket, buy or sell.</source>
        <translation>The board filter is not valid: tier 1 to 5, a tenor bucket, buy or sell.</translation>
    </message>
    <message>
        <source>This step reads another channel, which your bank&apos;s peer cannot reach now; try again later or tell your administrator.</source>
        <translation>This step reads another channel, which your bank&apos;s peer cannot reach now; try again later or tell your administrator.</translation>
    </message>
    <message>
        <source>A contract may only read another channel, never change it; update LianXin or tell your administrator.</source>
        <translation>A contract may only read another channel, never change it; update LianXin or tell your administrator.</translation>
    </message>
    <message>
        <source>The transaction ID does not match the proposal; update LianXin.</source>
        <translation>The transaction ID does not match the proposal; update LianXin.</translation>
    </message>
    <message>
        <source>There is no consortium in the data folder; create the sandbox first, or choose another folder.</source>
        <translation>There is no consortium in the data folder; create the sandbox first, or choose another folder.</translation>
    </message>
    <message>
        <source>A ledger node&apos;s files cannot be read; check the data folder and its permissions.</source>
        <translation>A ledger node&apos;s files cannot be read; check the data folder and its permissions.</translation>
    </message>
    <message>
        <source>This network signs with the real date; a transaction date is accepted only on a test network started with dated transactions.</source>
        <translation>This network signs with the real date; a transaction date is accepted only on a test network started with dated transactions.</translation>
    </message>
    <message>
        <source>Give the transaction date as a calendar day written YYYY-MM-DD.</source>
        <translation>Give the transaction date as a calendar day written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Preparing the endorsement keys needs the MSP IDs of the consortium&apos;s organizations; check the IDs given.</source>
        <translation>Preparing the endorsement keys needs the MSP IDs of the consortium&apos;s organizations; check the IDs given.</translation>
    </message>
    <message>
        <source>The regulator reads every record and its history but changes nothing.</source>
        <translation>The regulator reads every record and its history but changes nothing.</translation>
    </message>
    <message>
        <source>Only member banks act on this business; the secretariat reads it.</source>
        <translation>Only member banks act on this business; the secretariat reads it.</translation>
    </message>
    <message>
        <source>Only a trade-finance officer drafts actions; sign in as an officer.</source>
        <translation>Only a trade-finance officer drafts actions; sign in as an officer.</translation>
    </message>
    <message>
        <source>The approval did not name the banks that must co-endorse it; approve again, and LianXin asks the ledger for them.</source>
        <translation>The approval did not name the banks that must co-endorse it; approve again, and LianXin asks the ledger for them.</translation>
    </message>
    <message>
        <source>The amount is above the largest amount the consortium accepts; correct the figure.</source>
        <translation>The amount is above the largest amount the consortium accepts; correct the figure.</translation>
    </message>
    <message>
        <source>The action is too large: shorten its texts or lists.</source>
        <translation>The action is too large: shorten its texts or lists.</translation>
    </message>
    <message>
        <source>A block in the ledger&apos;s files was altered and is not shown; run lianxin-cli ledger verify and restore the files from a copy.</source>
        <translation>A block in the ledger&apos;s files was altered and is not shown; run lianxin-cli ledger verify and restore the files from a copy.</translation>
    </message>
    <message>
        <source>A block&apos;s validation codes were changed in the ledger&apos;s files; run lianxin-cli ledger verify and restore the files from a copy.</source>
        <translation>A block&apos;s validation codes were changed in the ledger&apos;s files; run lianxin-cli ledger verify and restore the files from a copy.</translation>
    </message>
    <message>
        <source>The ledger&apos;s world state file is damaged; move it aside and reopen to rebuild it from the blocks.</source>
        <translation>The ledger&apos;s world state file is damaged; move it aside and reopen to rebuild it from the blocks.</translation>
    </message>
    <message>
        <source>The ledger&apos;s world state was changed outside LianXin; run lianxin-cli ledger verify state, then move it aside and reopen to rebuild it.</source>
        <translation>The ledger&apos;s world state was changed outside LianXin; run lianxin-cli ledger verify state, then move it aside and reopen to rebuild it.</translation>
    </message>
    <message>
        <source>The ledger&apos;s transaction index disagrees with its blocks; run lianxin-cli ledger verify state.</source>
        <translation>The ledger&apos;s transaction index disagrees with its blocks; run lianxin-cli ledger verify state.</translation>
    </message>
    <message>
        <source>The ledger stopped committing after a storage error; close and reopen LianXin.</source>
        <translation>The ledger stopped committing after a storage error; close and reopen LianXin.</translation>
    </message>
    <message>
        <source>Your bank owes this claim and cannot buy it; paying it early is a prepayment, a different action, not a purchase.</source>
        <translation>Your bank owes this claim and cannot buy it; paying it early is a prepayment, a different action, not a purchase.</translation>
    </message>
    <message>
        <source>Give the date the demand was received as a calendar day.</source>
        <translation>Give the date the demand was received as a calendar day.</translation>
    </message>
    <message>
        <source>The date of receipt is after today; record the day the demand arrived.</source>
        <translation>The date of receipt is after today; record the day the demand arrived.</translation>
    </message>
    <message>
        <source>The demand was received more than 3 business days ago; it can no longer be recorded with that date of receipt.</source>
        <translation>The demand was received more than 3 business days ago; it can no longer be recorded with that date of receipt.</translation>
    </message>
    <message>
        <source>The date of receipt is before the guarantee was issued; check it.</source>
        <translation>The date of receipt is before the guarantee was issued; check it.</translation>
    </message>
    <message>
        <source>Your bank is the obligor: it cannot bid for claims it owes; paying early is a prepayment, a different action, not a purchase.</source>
        <translation>Your bank is the obligor: it cannot bid for claims it owes; paying early is a prepayment, a different action, not a purchase.</translation>
    </message>
    <message>
        <source>The date of receipt is after today; record the day the documents arrived.</source>
        <translation>The date of receipt is after today; record the day the documents arrived.</translation>
    </message>
    <message>
        <source>The documents were received more than 3 business days ago; they can no longer be recorded with that date of receipt.</source>
        <translation>The documents were received more than 3 business days ago; they can no longer be recorded with that date of receipt.</translation>
    </message>
    <message>
        <source>The date of receipt is before the L/C was issued; check it.</source>
        <translation>The date of receipt is before the L/C was issued; check it.</translation>
    </message>
    <message>
        <source>The ledger is open for reading only here; write from the process that has it open for writing.</source>
        <translation>The ledger is open for reading only here; write from the process that has it open for writing.</translation>
    </message>
    <message>
        <source>The disk of the data folder is full; nothing was changed. Free some space and try again.</source>
        <translation>The disk of the data folder is full; nothing was changed. Free some space and try again.</translation>
    </message>
    <message>
        <source>The ledger cannot be opened for writing; check the data folder and its permissions.</source>
        <translation>The ledger cannot be opened for writing; check the data folder and its permissions.</translation>
    </message>
    <message>
        <source>A file or folder of the data folder cannot be created; check the data folder and its permissions.</source>
        <translation>A file or folder of the data folder cannot be created; check the data folder and its permissions.</translation>
    </message>
    <message>
        <source>A channel configuration block from the ledger cannot be read; run lianxin-cli ledger verify to find the block.</source>
        <translation>A channel configuration block from the ledger cannot be read; run lianxin-cli ledger verify to find the block.</translation>
    </message>
    <message>
        <source>The connection profile cannot be read; check the file&apos;s name and permissions.</source>
        <translation>The connection profile cannot be read; check the file&apos;s name and permissions.</translation>
    </message>
    <message>
        <source>The connection profile is neither valid JSON nor valid YAML; ask your bank&apos;s administrator for a good copy.</source>
        <translation>The connection profile is neither valid JSON nor valid YAML; ask your bank&apos;s administrator for a good copy.</translation>
    </message>
    <message>
        <source>The connection profile lacks a field or has a wrong one (named below); ask your bank&apos;s administrator for a corrected profile.</source>
        <translation>The connection profile lacks a field or has a wrong one (named below); ask your bank&apos;s administrator for a corrected profile.</translation>
    </message>
    <message>
        <source>The msp folder has no certificate in signcerts/; choose the msp folder your Fabric CA enrolled.</source>
        <translation>The msp folder has no certificate in signcerts/; choose the msp folder your Fabric CA enrolled.</translation>
    </message>
    <message>
        <source>The msp folder has more than one certificate in signcerts/; keep only the identity&apos;s own.</source>
        <translation>The msp folder has more than one certificate in signcerts/; keep only the identity&apos;s own.</translation>
    </message>
    <message>
        <source>The msp folder has no private key in keystore/; an identity cannot sign without its key.</source>
        <translation>The msp folder has no private key in keystore/; an identity cannot sign without its key.</translation>
    </message>
    <message>
        <source>The msp folder has more than one private key in keystore/; keep only the one of the certificate.</source>
        <translation>The msp folder has more than one private key in keystore/; keep only the one of the certificate.</translation>
    </message>
    <message>
        <source>A certificate or key of the msp folder is not readable PEM.</source>
        <translation>A certificate or key of the msp folder is not readable PEM.</translation>
    </message>
    <message>
        <source>The key or certificate is not ECDSA P-256, the only kind the consortium uses.</source>
        <translation>The key or certificate is not ECDSA P-256, the only kind the consortium uses.</translation>
    </message>
    <message>
        <source>The private key in keystore/ does not belong to the certificate in signcerts/.</source>
        <translation>The private key in keystore/ does not belong to the certificate in signcerts/.</translation>
    </message>
    <message>
        <source>The certificate has expired; have your Fabric CA enroll the identity again.</source>
        <translation>The certificate has expired; have your Fabric CA enroll the identity again.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet; check this computer&apos;s clock.</source>
        <translation>The certificate is not valid yet; check this computer&apos;s clock.</translation>
    </message>
    <message>
        <source>The certificate&apos;s organizational units name no single LianXin role (officer, checker, manager, admin or auditor).</source>
        <translation>The certificate&apos;s organizational units name no single LianXin role (officer, checker, manager, admin or auditor).</translation>
    </message>
    <message>
        <source>The wallet holds an identity of this MSP ID and user already; choose another user name.</source>
        <translation>The wallet holds an identity of this MSP ID and user already; choose another user name.</translation>
    </message>
    <message>
        <source>The folder to export to is not empty; choose a new or empty folder.</source>
        <translation>The folder to export to is not empty; choose a new or empty folder.</translation>
    </message>
    <message>
        <source>Your bank&apos;s peer cannot be reached; actions wait in the outbox and go once it is back.</source>
        <translation>Your bank&apos;s peer cannot be reached; actions wait in the outbox and go once it is back.</translation>
    </message>
    <message>
        <source>Your bank&apos;s peer did not answer in time; the action stays queued and is tried again.</source>
        <translation>Your bank&apos;s peer did not answer in time; the action stays queued and is tried again.</translation>
    </message>
    <message>
        <source>The network&apos;s ordering service is unavailable and nothing was recorded; actions wait in the outbox and go once it is back.</source>
        <translation>The network&apos;s ordering service is unavailable and nothing was recorded; actions wait in the outbox and go once it is back.</translation>
    </message>
    <message>
        <source>The peer&apos;s TLS certificate is not signed by the connection profile&apos;s tlsCACerts; ask your bank&apos;s administrator for the right CA certificate.</source>
        <translation>The peer&apos;s TLS certificate is not signed by the connection profile&apos;s tlsCACerts; ask your bank&apos;s administrator for the right CA certificate.</translation>
    </message>
    <message>
        <source>Your identity&apos;s certificate has expired and the network refuses it; have your Fabric CA enroll it again, then import it.</source>
        <translation>Your identity&apos;s certificate has expired and the network refuses it; have your Fabric CA enroll it again, then import it.</translation>
    </message>
    <message>
        <source>The peer&apos;s gateway refused the request (details below); tell your bank&apos;s administrator.</source>
        <translation>The peer&apos;s gateway refused the request (details below); tell your bank&apos;s administrator.</translation>
    </message>
    <message>
        <source>The peer refused to send the channel&apos;s events; check that your identity is a member of the channel.</source>
        <translation>The peer refused to send the channel&apos;s events; check that your identity is a member of the channel.</translation>
    </message>
    <message>
        <source>The peer refused to deliver the channel&apos;s blocks; check that your identity may read the channel.</source>
        <translation>The peer refused to deliver the channel&apos;s blocks; check that your identity may read the channel.</translation>
    </message>
    <message>
        <source>The peer&apos;s gateway returned a transaction that cannot be read; tell your bank&apos;s administrator.</source>
        <translation>The peer&apos;s gateway returned a transaction that cannot be read; tell your bank&apos;s administrator.</translation>
    </message>
    <message>
        <source>Write the document type in capital letters, digits and underscores, e.g. INVOICE or BILL_OF_LADING.</source>
        <translation>Write the document type in capital letters, digits and underscores, e.g. INVOICE or BILL_OF_LADING.</translation>
    </message>
    <message>
        <source>A presented document is not yet notarized on the trust chain for this L/C; approve again and the workstation notarizes it first.</source>
        <translation>A presented document is not yet notarized on the trust chain for this L/C; approve again and the workstation notarizes it first.</translation>
    </message>
    <message>
        <source>The notary on the trust chain could not be asked; the approval waits and is sent again.</source>
        <translation>The notary on the trust chain could not be asked; the approval waits and is sent again.</translation>
    </message>
    <message>
        <source>The notary&apos;s record of a document cannot be read; tell your administrator.</source>
        <translation>The notary&apos;s record of a document cannot be read; tell your administrator.</translation>
    </message>
    <message>
        <source>A presented document was presented under another L/C already; the consortium refuses such presentations.</source>
        <translation>A presented document was presented under another L/C already; the consortium refuses such presentations.</translation>
    </message>
    <message>
        <source>Documents of this presentation were presented under other L/Cs too: write what you found about them before deciding.</source>
        <translation>Documents of this presentation were presented under other L/Cs too: write what you found about them before deciding.</translation>
    </message>
    <message>
        <source>Duplicate documents are either flagged or refused; choose one.</source>
        <translation>Duplicate documents are either flagged or refused; choose one.</translation>
    </message>
    <message>
        <source>The text contains an invisible control or direction-changing character; remove it.</source>
        <translation>The text contains an invisible control or direction-changing character; remove it.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8; type it again.</source>
        <translation>The text is not valid UTF-8; type it again.</translation>
    </message>
    <message>
        <source>The name is empty or only spaces; write it out.</source>
        <translation>The name is empty or only spaces; write it out.</translation>
    </message>
    <message>
        <source>A KYC attestation is drafted by an officer and recorded when another checker of the bank approves it.</source>
        <translation>A KYC attestation is drafted by an officer and recorded when another checker of the bank approves it.</translation>
    </message>
    <message>
        <source>Your bank is not a member of the consortium: a bank joins by council vote before it does business.</source>
        <translation>Your bank is not a member of the consortium: a bank joins by council vote before it does business.</translation>
    </message>
    <message>
        <source>Your bank is not a member in good standing (an applicant, suspended or expelled): it does no business until the council admits or reinstates it.</source>
        <translation>Your bank is not a member in good standing (an applicant, suspended or expelled): it does no business until the council admits or reinstates it.</translation>
    </message>
    <message>
        <source>Your bank is not admitted to this line of business: the council admits a line by vote.</source>
        <translation>Your bank is not admitted to this line of business: the council admits a line by vote.</translation>
    </message>
    <message>
        <source>The membership registry did not answer, so your bank&apos;s admission could not be checked; try again.</source>
        <translation>The membership registry did not answer, so your bank&apos;s admission could not be checked; try again.</translation>
    </message>
    <message>
        <source>Your bank&apos;s line of business is in sandbox and this deal would pass one of its limits (deals, total face amount or counterparty banks).</source>
        <translation>Your bank&apos;s line of business is in sandbox and this deal would pass one of its limits (deals, total face amount or counterparty banks).</translation>
    </message>
    <message>
        <source>Your bank&apos;s sandbox for this line of business has reached its end date: no new deal until the regulator or the council ends the sandbox.</source>
        <translation>Your bank&apos;s sandbox for this line of business has reached its end date: no new deal until the regulator or the council ends the sandbox.</translation>
    </message>
    <message>
        <source>Only the secretariat&apos;s administrator registers founding members, sets the rules before the charter is sealed and seals it.</source>
        <translation>Only the secretariat&apos;s administrator registers founding members, sets the rules before the charter is sealed and seals it.</translation>
    </message>
    <message>
        <source>A member needs an MSP ID of letters and digits, a name, its kind and, for a bank, a tier from 1 to 5.</source>
        <translation>A member needs an MSP ID of letters and digits, a name, its kind and, for a bank, a tier from 1 to 5.</translation>
    </message>
    <message>
        <source>Only a member&apos;s administrator proposes, votes or gives opinions; sign in as the administrator.</source>
        <translation>Only a member&apos;s administrator proposes, votes or gives opinions; sign in as the administrator.</translation>
    </message>
    <message>
        <source>The charter is not sealed yet: the secretariat is still registering the founding members.</source>
        <translation>The charter is not sealed yet: the secretariat is still registering the founding members.</translation>
    </message>
    <message>
        <source>The charter is sealed already.</source>
        <translation>The charter is sealed already.</translation>
    </message>
    <message>
        <source>The charter is sealed: a new member is admitted by a council vote; propose its admission.</source>
        <translation>The charter is sealed: a new member is admitted by a council vote; propose its admission.</translation>
    </message>
    <message>
        <source>The charter is sealed: the consortium&apos;s rules change by a council vote; propose the change.</source>
        <translation>The charter is sealed: the consortium&apos;s rules change by a council vote; propose the change.</translation>
    </message>
    <message>
        <source>Only the secretariat and the council&apos;s members make proposals.</source>
        <translation>Only the secretariat and the council&apos;s members make proposals.</translation>
    </message>
    <message>
        <source>Choose what the proposal decides.</source>
        <translation>Choose what the proposal decides.</translation>
    </message>
    <message>
        <source>Shorten the proposal&apos;s title.</source>
        <translation>Shorten the proposal&apos;s title.</translation>
    </message>
    <message>
        <source>Each document of a proposal needs its SHA-256, a document type and a file name, and is attached once.</source>
        <translation>Each document of a proposal needs its SHA-256, a document type and a file name, and is attached once.</translation>
    </message>
    <message>
        <source>A document this proposal needs is missing; attach it.</source>
        <translation>A document this proposal needs is missing; attach it.</translation>
    </message>
    <message>
        <source>This file is not one of the proposal&apos;s documents: its content differs.</source>
        <translation>This file is not one of the proposal&apos;s documents: its content differs.</translation>
    </message>
    <message>
        <source>Only banks are admitted, given lines of business, suspended or expelled.</source>
        <translation>Only banks are admitted, given lines of business, suspended or expelled.</translation>
    </message>
    <message>
        <source>The member&apos;s status does not allow this proposal.</source>
        <translation>The member&apos;s status does not allow this proposal.</translation>
    </message>
    <message>
        <source>A proposal on the same member or rule is still open; it is decided first.</source>
        <translation>A proposal on the same member or rule is still open; it is decided first.</translation>
    </message>
    <message>
        <source>This bank is a member already.</source>
        <translation>This bank is a member already.</translation>
    </message>
    <message>
        <source>Name each line of business once: letters of credit, forfaiting or guarantees.</source>
        <translation>Name each line of business once: letters of credit, forfaiting or guarantees.</translation>
    </message>
    <message>
        <source>The bank is admitted to this line of business already.</source>
        <translation>The bank is admitted to this line of business already.</translation>
    </message>
    <message>
        <source>A line in sandbox needs at least one limit, none negative, and an end date after today.</source>
        <translation>A line in sandbox needs at least one limit, none negative, and an end date after today.</translation>
    </message>
    <message>
        <source>This line of business is not in sandbox.</source>
        <translation>This line of business is not in sandbox.</translation>
    </message>
    <message>
        <source>Council and expert committee seats are banks&apos;; the secretariat and the regulator hold their own seats only.</source>
        <translation>Council and expert committee seats are banks&apos;; the secretariat and the regulator hold their own seats only.</translation>
    </message>
    <message>
        <source>The council keeps at least three members.</source>
        <translation>The council keeps at least three members.</translation>
    </message>
    <message>
        <source>A voting threshold is more than half and at most all of the council seats.</source>
        <translation>A voting threshold is more than half and at most all of the council seats.</translation>
    </message>
    <message>
        <source>Gas weights are between 0 and 1,000,000,000 and not all zero.</source>
        <translation>Gas weights are between 0 and 1,000,000,000 and not all zero.</translation>
    </message>
    <message>
        <source>There is no proposal with this number.</source>
        <translation>There is no proposal with this number.</translation>
    </message>
    <message>
        <source>This proposal is decided already.</source>
        <translation>This proposal is decided already.</translation>
    </message>
    <message>
        <source>Vote yes, no or abstain.</source>
        <translation>Vote yes, no or abstain.</translation>
    </message>
    <message>
        <source>Your bank is not among the council members who vote on this proposal.</source>
        <translation>Your bank is not among the council members who vote on this proposal.</translation>
    </message>
    <message>
        <source>Your bank has voted on this proposal already.</source>
        <translation>Your bank has voted on this proposal already.</translation>
    </message>
    <message>
        <source>Voting on this proposal has ended.</source>
        <translation>Voting on this proposal has ended.</translation>
    </message>
    <message>
        <source>Voting is still open; a proposal is closed only after its deadline.</source>
        <translation>Voting is still open; a proposal is closed only after its deadline.</translation>
    </message>
    <message>
        <source>The proposal&apos;s change can no longer be made; it lapses at its deadline.</source>
        <translation>The proposal&apos;s change can no longer be made; it lapses at its deadline.</translation>
    </message>
    <message>
        <source>Only the expert committee&apos;s members give opinions.</source>
        <translation>Only the expert committee&apos;s members give opinions.</translation>
    </message>
    <message>
        <source>Write the opinion (at most 8,000 bytes) and recommend in favour, against or neutral.</source>
        <translation>Write the opinion (at most 8,000 bytes) and recommend in favour, against or neutral.</translation>
    </message>
    <message>
        <source>Your bank has given its opinion on this proposal already.</source>
        <translation>Your bank has given its opinion on this proposal already.</translation>
    </message>
    <message>
        <source>Only the regulator&apos;s administrator ends a sandbox directly; the council may by vote.</source>
        <translation>Only the regulator&apos;s administrator ends a sandbox directly; the council may by vote.</translation>
    </message>
    <message>
        <source>Give the root CA certificates of the bank&apos;s MSP: one to four CA certificates in PEM, each once.</source>
        <translation>Give the root CA certificates of the bank&apos;s MSP: one to four CA certificates in PEM, each once.</translation>
    </message>
    <message>
        <source>Your organization is not a member in good standing: it cannot sign for the consortium.</source>
        <translation>Your organization is not a member in good standing: it cannot sign for the consortium.</translation>
    </message>
    <message>
        <source>Only the secretariat&apos;s administrator prepares the channel configuration update of an admission.</source>
        <translation>Only the secretariat&apos;s administrator prepares the channel configuration update of an admission.</translation>
    </message>
    <message>
        <source>This proposal is not a passed admission: only a bank the council admitted is added to the channels.</source>
        <translation>This proposal is not a passed admission: only a bank the council admitted is added to the channels.</translation>
    </message>
    <message>
        <source>The admitted bank does not join this channel: it joins trust and the channels of the lines it was admitted to.</source>
        <translation>The admitted bank does not join this channel: it joins trust and the channels of the lines it was admitted to.</translation>
    </message>
    <message>
        <source>The configuration update must add the admitted bank, with the root certificates of its application, and change nothing else; prepare it again from the channel&apos;s configuration.</source>
        <translation>The configuration update must add the admitted bank, with the root certificates of its application, and change nothing else; prepare it again from the channel&apos;s configuration.</translation>
    </message>
    <message>
        <source>No configuration update of this proposal is prepared for this channel.</source>
        <translation>No configuration update of this proposal is prepared for this channel.</translation>
    </message>
    <message>
        <source>Your organization has signed this configuration update already.</source>
        <translation>Your organization has signed this configuration update already.</translation>
    </message>
    <message>
        <source>The signature must be made with your own administrator certificate, of your organization; sign in as that administrator.</source>
        <translation>The signature must be made with your own administrator certificate, of your organization; sign in as that administrator.</translation>
    </message>
    <message>
        <source>The signature does not verify over the recorded update; fetch the update again and sign it.</source>
        <translation>The signature does not verify over the recorded update; fetch the update again and sign it.</translation>
    </message>
    <message>
        <source>The recorded update is not the one that adds the admitted bank to the channel&apos;s configuration in force, so it is not signed; ask the secretariat to prepare it again.</source>
        <translation>The recorded update is not the one that adds the admitted bank to the channel&apos;s configuration in force, so it is not signed; ask the secretariat to prepare it again.</translation>
    </message>
    <message>
        <source>The signatures do not yet meet the channel&apos;s policy for this change (a majority of its organizations&apos; administrators); wait for more members to sign.</source>
        <translation>The signatures do not yet meet the channel&apos;s policy for this change (a majority of its organizations&apos; administrators); wait for more members to sign.</translation>
    </message>
    <message>
        <source>The ordering service refused the configuration update; the details name the problem (often: the channel changed since it was prepared; prepare it again).</source>
        <translation>The ordering service refused the configuration update; the details name the problem (often: the channel changed since it was prepared; prepare it again).</translation>
    </message>
    <message>
        <source>The channel shows no new configuration a minute after the update was sent; check the update&apos;s state and the ordering service.</source>
        <translation>The channel shows no new configuration a minute after the update was sent; check the update&apos;s state and the ordering service.</translation>
    </message>
    <message>
        <source>This organization is a member of the channel already.</source>
        <translation>This organization is a member of the channel already.</translation>
    </message>
    <message>
        <source>Only the regulator flags a deal.</source>
        <translation>Only the regulator flags a deal.</translation>
    </message>
    <message>
        <source>There is no such deal on that product&apos;s channel; check the number.</source>
        <translation>There is no such deal on that product&apos;s channel; check the number.</translation>
    </message>
    <message>
        <source>The deal could not be read on its channel; try again later.</source>
        <translation>The deal could not be read on its channel; try again later.</translation>
    </message>
    <message>
        <source>A flag needs a note (at most 2,000 bytes) saying what to look at.</source>
        <translation>A flag needs a note (at most 2,000 bytes) saying what to look at.</translation>
    </message>
    <message>
        <source>A flag is on an L/C, a guarantee or a forfaiting deal.</source>
        <translation>A flag is on an L/C, a guarantee or a forfaiting deal.</translation>
    </message>
    <message>
        <source>This deal carries the most flags it can; add to an existing flag&apos;s follow-up instead.</source>
        <translation>This deal carries the most flags it can; add to an existing flag&apos;s follow-up instead.</translation>
    </message>
    <message>
        <source>Only the regulator exports an audit package; sign in as a user of the regulator.</source>
        <translation>Only the regulator exports an audit package; sign in as a user of the regulator.</translation>
    </message>
    <message>
        <source>The channel has no block made in this period; choose other dates.</source>
        <translation>The channel has no block made in this period; choose other dates.</translation>
    </message>
    <message>
        <source>The period ends before it starts; check the dates.</source>
        <translation>The period ends before it starts; check the dates.</translation>
    </message>
    <message>
        <source>The audit package does not verify; the details name the first problem. Do not rely on its content.</source>
        <translation>The audit package does not verify; the details name the first problem. Do not rely on its content.</translation>
    </message>
    <message>
        <source>Only the secretariat&apos;s administrator sets membership fees and records payments.</source>
        <translation>Only the secretariat&apos;s administrator sets membership fees and records payments.</translation>
    </message>
    <message>
        <source>A year&apos;s fees name five amounts, tiers 1 to 5, each from 0 to CNY 100,000,000,000.00, and a due date within that year.</source>
        <translation>A year&apos;s fees name five amounts, tiers 1 to 5, each from 0 to CNY 100,000,000,000.00, and a due date within that year.</translation>
    </message>
    <message>
        <source>Payments towards this year&apos;s fees are recorded already: its fees no longer change.</source>
        <translation>Payments towards this year&apos;s fees are recorded already: its fees no longer change.</translation>
    </message>
    <message>
        <source>Only banks owe membership fees; the regulator and the secretariat owe none.</source>
        <translation>Only banks owe membership fees; the regulator and the secretariat owe none.</translation>
    </message>
    <message>
        <source>A payment&apos;s amount is above zero.</source>
        <translation>A payment&apos;s amount is above zero.</translation>
    </message>
    <message>
        <source>No fees are set for this year; the secretariat sets them first.</source>
        <translation>No fees are set for this year; the secretariat sets them first.</translation>
    </message>
    <message>
        <source>The payment&apos;s date must be a real day, not after today and not before 1 January of the year before the fee&apos;s year.</source>
        <translation>The payment&apos;s date must be a real day, not after today and not before 1 January of the year before the fee&apos;s year.</translation>
    </message>
    <message>
        <source>Give the payment&apos;s reference: 1 to 100 characters, without invisible or direction-changing characters.</source>
        <translation>Give the payment&apos;s reference: 1 to 100 characters, without invisible or direction-changing characters.</translation>
    </message>
    <message>
        <source>The bank owes no fee for this year: it was not a member then, it is an applicant or expelled, or its tier&apos;s fee is zero.</source>
        <translation>The bank owes no fee for this year: it was not a member then, it is an applicant or expelled, or its tier&apos;s fee is zero.</translation>
    </message>
    <message>
        <source>The payment is more than the bank still owes for this year; record at most the outstanding amount.</source>
        <translation>The payment is more than the bank still owes for this year; record at most the outstanding amount.</translation>
    </message>
    <message>
        <source>A bank reads its own fee statement only; the secretariat and the regulator read every bank&apos;s.</source>
        <translation>A bank reads its own fee statement only; the secretariat and the regulator read every bank&apos;s.</translation>
    </message>
    <message>
        <source>A Gas period is a calendar month written YYYY-MM, from 2000-01 on.</source>
        <translation>A Gas period is a calendar month written YYYY-MM, from 2000-01 on.</translation>
    </message>
    <message>
        <source>The month has not ended yet (China time): its Gas figures and its nodes&apos; availability are reported from the first day of the next month.</source>
        <translation>The month has not ended yet (China time): its Gas figures and its nodes&apos; availability are reported from the first day of the next month.</translation>
    </message>
    <message>
        <source>The month&apos;s Gas report is recorded already: its figures, availability statements and approved costs can no longer change.</source>
        <translation>The month&apos;s Gas report is recorded already: its figures, availability statements and approved costs can no longer change.</translation>
    </message>
    <message>
        <source>No Gas report is recorded for this month yet.</source>
        <translation>No Gas report is recorded for this month yet.</translation>
    </message>
    <message>
        <source>Only an administrator of a member submits its nodes&apos; availability.</source>
        <translation>Only an administrator of a member submits its nodes&apos; availability.</translation>
    </message>
    <message>
        <source>Only an active or suspended member&apos;s nodes are credited for availability.</source>
        <translation>Only an active or suspended member&apos;s nodes are credited for availability.</translation>
    </message>
    <message>
        <source>The availability statement cannot be read, or names another node than the one that signed it.</source>
        <translation>The availability statement cannot be read, or names another node than the one that signed it.</translation>
    </message>
    <message>
        <source>A member reports the availability of its own nodes only.</source>
        <translation>A member reports the availability of its own nodes only.</translation>
    </message>
    <message>
        <source>The statement is not signed by a node: its certificate must be a peer&apos;s or an orderer&apos;s.</source>
        <translation>The statement is not signed by a node: its certificate must be a peer&apos;s or an orderer&apos;s.</translation>
    </message>
    <message>
        <source>A node is available from 0 hours to the hours of the month (24 times its days).</source>
        <translation>A node is available from 0 hours to the hours of the month (24 times its days).</translation>
    </message>
    <message>
        <source>The node&apos;s signature does not verify over the statement; have the node sign it again as submitted.</source>
        <translation>The node&apos;s signature does not verify over the statement; have the node sign it again as submitted.</translation>
    </message>
    <message>
        <source>Only an administrator of the consortium secretariat records a Gas report.</source>
        <translation>Only an administrator of the consortium secretariat records a Gas report.</translation>
    </message>
    <message>
        <source>The report is not weighted by the council&apos;s Gas weights in force; compute it again.</source>
        <translation>The report is not weighted by the council&apos;s Gas weights in force; compute it again.</translation>
    </message>
    <message>
        <source>The report does not name the blocks of every channel, each once, with the hash of the last block read.</source>
        <translation>The report does not name the blocks of every channel, each once, with the hash of the last block read.</translation>
    </message>
    <message>
        <source>The report must credit every member exactly once, ordered by MSP ID.</source>
        <translation>The report must credit every member exactly once, ordered by MSP ID.</translation>
    </message>
    <message>
        <source>A member&apos;s available hours in the report differ from its nodes&apos; statements on the trust chain.</source>
        <translation>A member&apos;s available hours in the report differ from its nodes&apos; statements on the trust chain.</translation>
    </message>
    <message>
        <source>A member&apos;s approved node cost in the report differs from what the council approved for the month.</source>
        <translation>A member&apos;s approved node cost in the report differs from what the council approved for the month.</translation>
    </message>
    <message>
        <source>A member&apos;s Gas or the total is not the weights times the facts; compute the report again.</source>
        <translation>A member&apos;s Gas or the total is not the weights times the facts; compute the report again.</translation>
    </message>
    <message>
        <source>A node cost is from CNY 0.01 up, with a description of 1 to 300 characters.</source>
        <translation>A node cost is from CNY 0.01 up, with a description of 1 to 300 characters.</translation>
    </message>
    <message>
        <source>A channel has no blocks to count Gas from; check the connection to the ledger.</source>
        <translation>A channel has no blocks to count Gas from; check the connection to the ledger.</translation>
    </message>
    <message>
        <source>A channel&apos;s blocks do not chain together; the ledger served altered blocks.</source>
        <translation>A channel&apos;s blocks do not chain together; the ledger served altered blocks.</translation>
    </message>
    <message>
        <source>The recorded Gas report does not match what the chain&apos;s blocks and the trust chain&apos;s facts make.</source>
        <translation>The recorded Gas report does not match what the chain&apos;s blocks and the trust chain&apos;s facts make.</translation>
    </message>
    <message>
        <source>The MSP folder holds no node&apos;s identity: its certificate must carry OU peer or OU orderer.</source>
        <translation>The MSP folder holds no node&apos;s identity: its certificate must carry OU peer or OU orderer.</translation>
    </message>
    <message>
        <source>The audit package could not be written to that file; choose another folder or name.</source>
        <translation>The audit package could not be written to that file; choose another folder or name.</translation>
    </message>
</context>
<context>
    <name>lx::models::RequiredDocumentsModel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originals</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Transport document</source>
        <translation>Transport document</translation>
    </message>
    <message>
        <source>Insurance document</source>
        <translation>Insurance document</translation>
    </message>
    <message>
        <source>Inspection certificate</source>
        <translation>Inspection certificate</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Packing list</translation>
    </message>
    <message>
        <source>Certificate of origin</source>
        <translation>Certificate of origin</translation>
    </message>
    <message>
        <source>Service acceptance certificate</source>
        <translation>Service acceptance certificate</translation>
    </message>
</context>
<context>
    <name>lx::models::TableExport</name>
    <message>
        <source>Filters: none</source>
        <translation>Filters: none</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filters: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>lx::models::TransactionDetailModel</name>
    <message>
        <source>Field</source>
        <extracomment>Header of the decoded transaction tree (zh: 字段)</extracomment>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Transaction ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Timestamp</translation>
    </message>
    <message>
        <source>Validation code</source>
        <translation>Validation code</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Decoding problem</source>
        <translation>Decoding problem</translation>
    </message>
    <message>
        <source>Chaincode</source>
        <translation>Chaincode</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s)</source>
        <translation>
            <numerusform>%n argument</numerusform>
            <numerusform>%n arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Argument %1 (%n byte(s))</source>
        <translation>
            <numerusform>Argument %1 (%n byte)</numerusform>
            <numerusform>Argument %1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Endorsers</source>
        <translation>Endorsers</translation>
    </message>
    <message>
        <source>Response</source>
        <extracomment>The chaincode&apos;s response at endorsement: status code and message</extracomment>
        <translation>Response</translation>
    </message>
    <message>
        <source>Read-write set</source>
        <translation>Read-write set</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Reads</translation>
    </message>
    <message>
        <source>version %1:%2</source>
        <translation>version %1:%2</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Writes</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>Deletes</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n byte: %1</numerusform>
            <numerusform>%n bytes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Private collections</source>
        <translation>Private collections</translation>
    </message>
    <message>
        <source>hash %1, %2 hashed reads, %3 hashed writes</source>
        <translation>hash %1, %2 hashed reads, %3 hashed writes</translation>
    </message>
</context>
<context>
    <name>lx::models::TransactionListModel</name>
    <message>
        <source>not checked</source>
        <extracomment>A signature that could not be checked (zh: 未校验)</extracomment>
        <translation>not checked</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVALID</translation>
    </message>
    <message>
        <source>creator %1</source>
        <extracomment>Signatures column: the creator&apos;s signature (zh: 创建者)</extracomment>
        <translation>creator %1</translation>
    </message>
    <message>
        <source>creator %1, endorsers %2</source>
        <extracomment>Signatures column: the creator&apos;s, then all endorsers&apos; (zh: 创建者 %1，背书 %2)</extracomment>
        <translation>creator %1, endorsers %2</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Position of a transaction in its block</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Transaction ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <source>Endorsers</source>
        <translation>Endorsers</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Timestamp</translation>
    </message>
    <message>
        <source>Validation code</source>
        <extracomment>Fabric&apos;s transaction validation code (zh: 验证码)</extracomment>
        <translation>Validation code</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>L/C</source>
        <translation>L/C</translation>
    </message>
    <message>
        <source>Forfaiting</source>
        <translation>Forfaiting</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <source>Quote board</source>
        <translation>Quote board</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Notary</source>
        <translation>Notary</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>draft for approval</source>
        <translation>draft for approval</translation>
    </message>
    <message>
        <source>approve a draft</source>
        <translation>approve a draft</translation>
    </message>
    <message>
        <source>return a draft to its maker</source>
        <translation>return a draft to its maker</translation>
    </message>
    <message>
        <source>notarize a document</source>
        <translation>notarize a document</translation>
    </message>
    <message>
        <source>attest a corporate&apos;s KYC</source>
        <translation>attest a corporate&apos;s KYC</translation>
    </message>
    <message>
        <source>revoke a KYC attestation</source>
        <translation>revoke a KYC attestation</translation>
    </message>
    <message>
        <source>register a member</source>
        <translation>register a member</translation>
    </message>
    <message>
        <source>change the consortium&apos;s settings</source>
        <translation>change the consortium&apos;s settings</translation>
    </message>
    <message>
        <source>open a proposal</source>
        <translation>open a proposal</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>vote</translation>
    </message>
    <message>
        <source>give an opinion</source>
        <translation>give an opinion</translation>
    </message>
    <message>
        <source>close a proposal</source>
        <translation>close a proposal</translation>
    </message>
    <message>
        <source>end a sandbox admission</source>
        <translation>end a sandbox admission</translation>
    </message>
    <message>
        <source>seal the charter</source>
        <translation>seal the charter</translation>
    </message>
    <message>
        <source>prepare a channel configuration update</source>
        <translation>prepare a channel configuration update</translation>
    </message>
    <message>
        <source>sign a channel configuration update</source>
        <translation>sign a channel configuration update</translation>
    </message>
    <message>
        <source>flag a deal</source>
        <translation>flag a deal</translation>
    </message>
    <message>
        <source>set the membership fees</source>
        <translation>set the membership fees</translation>
    </message>
    <message>
        <source>record a fee payment</source>
        <translation>record a fee payment</translation>
    </message>
    <message>
        <source>report node availability</source>
        <translation>report node availability</translation>
    </message>
    <message>
        <source>record a Gas report</source>
        <translation>record a Gas report</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A transaction&apos;s call: the contract, then what the function does (zh: 信用证：批准草稿)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Contract call</source>
        <extracomment>What the transaction asked of which contract (zh: 合约操作)</extracomment>
        <translation>Contract call</translation>
    </message>
</context>
<context>
    <name>lx::models::WorklistModel</name>
    <message>
        <source>Approve %1 drafted by %2</source>
        <translation>Approve %1 drafted by %2</translation>
    </message>
    <message>
        <source>%1 (presentation %2)</source>
        <translation>%1 (presentation %2)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n business day(s)</source>
        <translation>
            <numerusform>Overdue by %n business day</numerusform>
            <numerusform>Overdue by %n business days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>The number of the record a task concerns: an L/C, guarantee, listing, deal or quote (zh: 业务编号)</extracomment>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>lx::models::WorkstationSettings</name>
    <message>
        <source>Give the data folder as a full path, e.g. %1.</source>
        <translation>Give the data folder as a full path, e.g. %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>You may not write into %1.</source>
        <translation>You may not write into %1.</translation>
    </message>
</context>
<context>
    <name>lx::ui::AboutDialog</name>
    <message>
        <source>LianXin %1</source>
        <extracomment>%1 the version number</extracomment>
        <translation>LianXin %1</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>lx::ui::ApprovalsPage</name>
    <message>
        <source>Your decision is signed and on its way to the ledger.</source>
        <translation>Your decision is signed and on its way to the ledger.</translation>
    </message>
    <message>
        <source>Your decision could not be stored: %1</source>
        <translation>Your decision could not be stored: %1</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>As drafted</source>
        <translation>As drafted</translation>
    </message>
    <message>
        <source>You drafted this: another checker of the bank approves it.</source>
        <translation>You drafted this: another checker of the bank approves it.</translation>
    </message>
    <message>
        <source>No draft awaits approval.</source>
        <translation>No draft awaits approval.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) awaiting approval</source>
        <translation>
            <numerusform>%n draft awaiting approval</numerusform>
            <numerusform>%n drafts awaiting approval</numerusform>
        </translation>
    </message>
    <message>
        <source>New: nothing on the ledger yet.</source>
        <translation>New: nothing on the ledger yet.</translation>
    </message>
    <message>
        <source>%1 %2 is not in this workstation&apos;s cache.</source>
        <translation>%1 %2 is not in this workstation&apos;s cache.</translation>
    </message>
    <message>
        <source>%1 %2 as it stands now:</source>
        <translation>%1 %2 as it stands now:</translation>
    </message>
    <message>
        <source>Drafts awaiting approval</source>
        <translation>Drafts awaiting approval</translation>
    </message>
</context>
<context>
    <name>lx::ui::AuditPane</name>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Only the regulator&apos;s users flag deals and export audit packages.</source>
        <translation>Only the regulator&apos;s users flag deals and export audit packages.</translation>
    </message>
    <message>
        <source>Save the audit package</source>
        <translation>Save the audit package</translation>
    </message>
    <message>
        <source>Audit packages (*.pkg)</source>
        <translation>Audit packages (*.pkg)</translation>
    </message>
    <message>
        <source>Signing and sending to the ledger…</source>
        <translation>Signing and sending to the ledger…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Flagged %1; the banks party to it see the flag.</source>
        <translation>Flagged %1; the banks party to it see the flag.</translation>
    </message>
    <message>
        <source>Audit package exported: blocks %1 to %2 of %3, %4 transactions, written to %5.</source>
        <extracomment>%1 and %2 block numbers, %3 the channel, %4 a count, %5 the file.</extracomment>
        <translation>Audit package exported: blocks %1 to %2 of %3, %4 transactions, written to %5.</translation>
    </message>
</context>
<context>
    <name>lx::ui::ChannelConfigPanel</name>
    <message>
        <source>The council admitted %1. Its peers and users reach a channel once the channel&apos;s configuration names it: the secretariat prepares the update, a majority of the channel&apos;s organizations&apos; administrators sign it, and the secretariat submits it.</source>
        <translation>The council admitted %1. Its peers and users reach a channel once the channel&apos;s configuration names it: the secretariat prepares the update, a majority of the channel&apos;s organizations&apos; administrators sign it, and the secretariat submits it.</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>The configuration could not be read: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Reading the channels&apos; configurations…</source>
        <translation>Reading the channels&apos; configurations…</translation>
    </message>
    <message>
        <source>Applied: %1 is a member of %2.</source>
        <translation>Applied: %1 is a member of %2.</translation>
    </message>
    <message>
        <source>Applied on %1.</source>
        <translation>Applied on %1.</translation>
    </message>
    <message>
        <source>Ready to submit on %1.</source>
        <translation>Ready to submit on %1.</translation>
    </message>
    <message>
        <source>Awaiting signatures on %1.</source>
        <translation>Awaiting signatures on %1.</translation>
    </message>
    <message>
        <source>Not prepared on %1.</source>
        <translation>Not prepared on %1.</translation>
    </message>
</context>
<context>
    <name>lx::ui::DashboardChartPane</name>
    <message>
        <source>%1 chart: click a bar for the deals behind it</source>
        <translation>%1 chart: click a bar for the deals behind it</translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 figures</translation>
    </message>
    <message>
        <source>Late and overdue items, most overdue first</source>
        <translation>Late and overdue items, most overdue first</translation>
    </message>
    <message>
        <source>Late and overdue items</source>
        <translation>Late and overdue items</translation>
    </message>
    <message>
        <source>No deals for these filters.</source>
        <translation>No deals for these filters.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>CNY million</source>
        <translation>CNY million</translation>
    </message>
    <message>
        <source>Our deals&apos; average rate</source>
        <translation>Our deals&apos; average rate</translation>
    </message>
    <message>
        <source>Board best bid</source>
        <translation>Board best bid</translation>
    </message>
    <message>
        <source>Board best offer</source>
        <translation>Board best offer</translation>
    </message>
    <message>
        <source>Rate, % p.a.</source>
        <translation>Rate, % p.a.</translation>
    </message>
</context>
<context>
    <name>lx::ui::DashboardsPage</name>
    <message>
        <source>Not recomputed: %1</source>
        <translation>Not recomputed: %1</translation>
    </message>
    <message>
        <source>All banks</source>
        <translation>All banks</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <source>Started %1 to %2</source>
        <translation>Started %1 to %2</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
</context>
<context>
    <name>lx::ui::DrillDownDialog</name>
    <message>
        <source>Reading the deals…</source>
        <translation>Reading the deals…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 deals</source>
        <translation>Showing %1 of %2 deals</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lx::ui::FfDealWindow</name>
    <message>
        <source>Deal %1</source>
        <translation>Deal %1</translation>
    </message>
    <message>
        <source>Deal %1 — %2</source>
        <translation>Deal %1 — %2</translation>
    </message>
    <message>
        <source> (claim %1)</source>
        <translation> (claim %1)</translation>
    </message>
    <message>
        <source>Claim %1 under L/C %2 · %3 market&lt;br&gt;Seller %4 → buyer %5 · obligor %6&lt;br&gt;Face %7 · %8 %9, %10 grace days, fees %11 · value date %12 · %13 days · discount %14 · &lt;b&gt;net %15&lt;/b&gt;&lt;br&gt;Maturity %16 · trade date %17</source>
        <translation>Claim %1 under L/C %2 · %3 market&lt;br&gt;Seller %4 → buyer %5 · obligor %6&lt;br&gt;Face %7 · %8 %9, %10 grace days, fees %11 · value date %12 · %13 days · discount %14 · &lt;b&gt;net %15&lt;/b&gt;&lt;br&gt;Maturity %16 · trade date %17</translation>
    </message>
    <message>
        <source>&lt;br&gt;Holder now: %1</source>
        <translation>&lt;br&gt;Holder now: %1</translation>
    </message>
    <message>
        <source>%1: draft sent to the outbox for a checker.</source>
        <translation>%1: draft sent to the outbox for a checker.</translation>
    </message>
    <message>
        <source>Nothing for this bank to do on this deal now.</source>
        <translation>Nothing for this bank to do on this deal now.</translation>
    </message>
    <message>
        <source>Only a bank&apos;s officer drafts forfaiting actions.</source>
        <translation>Only a bank&apos;s officer drafts forfaiting actions.</translation>
    </message>
</context>
<context>
    <name>lx::ui::FfQuoteForm</name>
    <message>
        <source>Type the discount rate in percent per annum, e.g. 3.00 (at most four decimals).</source>
        <translation>Type the discount rate in percent per annum, e.g. 3.00 (at most four decimals).</translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation>Fees: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — claim %2 under L/C %3&lt;br&gt;Seller %4 · obligor %5 · face %6 · maturity %7 · %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — claim %2 under L/C %3&lt;br&gt;Seller %4 · obligor %5 · face %6 · maturity %7 · %8</translation>
    </message>
    <message>
        <source>The listing %1 is not in this bank&apos;s book.</source>
        <translation>The listing %1 is not in this bank&apos;s book.</translation>
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
    <message>
        <source>Loading the demo book: %1 of %2 letters of credit…</source>
        <translation>Loading the demo book: %1 of %2 letters of credit…</translation>
    </message>
    <message>
        <source>Choose the connection profile</source>
        <translation>Choose the connection profile</translation>
    </message>
    <message>
        <source>Connection profiles (*.json *.yaml *.yml)</source>
        <translation>Connection profiles (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>Choose the network&apos;s connection profile (a .json or .yaml file from your bank&apos;s administrator).</source>
        <translation>Choose the network&apos;s connection profile (a .json or .yaml file from your bank&apos;s administrator).</translation>
    </message>
    <message>
        <source>Create the &amp;sandbox</source>
        <translation>Create the &amp;sandbox</translation>
    </message>
    <message>
        <source>Create the sandbox consortium</source>
        <translation>Create the sandbox consortium</translation>
    </message>
    <message>
        <source>&amp;Join a consortium network</source>
        <translation>&amp;Join a consortium network</translation>
    </message>
    <message>
        <source>Join a consortium network</source>
        <translation>Join a consortium network</translation>
    </message>
    <message>
        <source>Connection &amp;profile:</source>
        <translation>Connection &amp;profile:</translation>
    </message>
    <message>
        <source>Connection profile file</source>
        <translation>Connection profile file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>P&amp;eer:</source>
        <translation>P&amp;eer:</translation>
    </message>
    <message>
        <source>Peer name</source>
        <translation>Peer name</translation>
    </message>
    <message>
        <source>the organization&apos;s first peer</source>
        <translation>the organization&apos;s first peer</translation>
    </message>
    <message>
        <source>LianXin connects to your bank&apos;s peer as the connection profile describes it, and keeps the identity your bank&apos;s Fabric CA enrolled in a new wallet in %1. Choose the profile, the identity&apos;s msp folder, and a passphrase of at least %2 characters: it protects the identity&apos;s private key.</source>
        <translation>LianXin connects to your bank&apos;s peer as the connection profile describes it, and keeps the identity your bank&apos;s Fabric CA enrolled in a new wallet in %1. Choose the profile, the identity&apos;s msp folder, and a passphrase of at least %2 characters: it protects the identity&apos;s private key.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <source>Join the consortium network</source>
        <translation>Join the consortium network</translation>
    </message>
    <message>
        <source>Checking the profile and the identity, writing the wallet…</source>
        <translation>Checking the profile and the identity, writing the wallet…</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Creating the sandbox consortium: keys, certificates, wallet and channels…</source>
        <translation>Creating the sandbox consortium: keys, certificates, wallet and channels…</translation>
    </message>
    <message>
        <source>the profile&apos;s organization&apos;s</source>
        <extracomment>Placeholder of the MSP ID field when joining: left empty, the profile&apos;s organization&apos;s MSP ID is used</extracomment>
        <translation>the profile&apos;s organization&apos;s</translation>
    </message>
</context>
<context>
    <name>lx::ui::ForfaitingPage</name>
    <message>
        <source>Draft sent to the outbox for a checker: %1</source>
        <translation>Draft sent to the outbox for a checker: %1</translation>
    </message>
    <message>
        <source>Claims held: %1 · face value %2 · maturing within 30 days: %3</source>
        <translation>Claims held: %1 · face value %2 · maturing within 30 days: %3</translation>
    </message>
    <message>
        <source>Sending the draft…</source>
        <translation>Sending the draft…</translation>
    </message>
    <message>
        <source>Forfaiting market</source>
        <translation>Forfaiting market</translation>
    </message>
    <message>
        <source>My forfaiting listings</source>
        <translation>My forfaiting listings</translation>
    </message>
    <message>
        <source>Forfaiting deals</source>
        <translation>Forfaiting deals</translation>
    </message>
    <message>
        <source>Forfaiting portfolio</source>
        <translation>Forfaiting portfolio</translation>
    </message>
    <message>
        <source>Claims eligible for forfaiting</source>
        <translation>Claims eligible for forfaiting</translation>
    </message>
</context>
<context>
    <name>lx::ui::GasPane</name>
    <message>
        <source>Chart of each month&apos;s Gas by member</source>
        <translation>Chart of each month&apos;s Gas by member</translation>
    </message>
    <message>
        <source>No month&apos;s Gas report is recorded yet. The secretariat records each month&apos;s once it has ended (lianxin-cli gas report).</source>
        <translation>No month&apos;s Gas report is recorded yet. The secretariat records each month&apos;s once it has ended (lianxin-cli gas report).</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>Reading the registry…</translation>
    </message>
    <message>
        <source>%1 blocks 0 to %2</source>
        <translation>%1 blocks 0 to %2</translation>
    </message>
    <message>
        <source>%1: %2 Gas in all, recorded by %3 on %4. Weights (milli-Gas): %5 per endorsement, %6 per transaction, %7 per available hour, %8 per approved yuan. Counted from %9.</source>
        <extracomment>%1 the month, %2 the total Gas, %3 who recorded it, %4 when, %5-%8 the weights, %9 the blocks counted.</extracomment>
        <translation>%1: %2 Gas in all, recorded by %3 on %4. Weights (milli-Gas): %5 per endorsement, %6 per transaction, %7 per available hour, %8 per approved yuan. Counted from %9.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No recorded month yet.</source>
        <translation>No recorded month yet.</translation>
    </message>
    <message>
        <source>Gas by month and member</source>
        <translation>Gas by month and member</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <source>Reading the blocks…</source>
        <translation>Reading the blocks…</translation>
    </message>
    <message>
        <source>The report matches the chain: %1 blocks read, %2 availability statements checked.</source>
        <translation>The report matches the chain: %1 blocks read, %2 availability statements checked.</translation>
    </message>
    <message>
        <source>Does not match the chain: %1</source>
        <translation>Does not match the chain: %1</translation>
    </message>
    <message>
        <source>Recorded months</source>
        <translation>Recorded months</translation>
    </message>
</context>
<context>
    <name>lx::ui::GovernancePage</name>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Consortium members</source>
        <translation>Consortium members</translation>
    </message>
    <message>
        <source>Council proposals</source>
        <translation>Council proposals</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>The registry on the trust channel could not be read: %1</source>
        <translation>The registry on the trust channel could not be read: %1</translation>
    </message>
    <message>
        <source>Reading the registry on the trust channel…</source>
        <translation>Reading the registry on the trust channel…</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s), %1 open;</source>
        <translation>
            <numerusform>%n proposal, %1 open;</numerusform>
            <numerusform>%n proposals, %1 open;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n member.</numerusform>
            <numerusform>%n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm your vote</source>
        <translation>Confirm your vote</translation>
    </message>
    <message>
        <source>Vote %1 on %2, “%3”, for %4? A vote is final.</source>
        <translation>Vote %1 on %2, “%3”, for %4? A vote is final.</translation>
    </message>
    <message>
        <source>Vote %1</source>
        <translation>Vote %1</translation>
    </message>
    <message>
        <source>Confirm your opinion</source>
        <translation>Confirm your opinion</translation>
    </message>
    <message>
        <source>Record %1&apos;s opinion (%2) on %3, “%4”? It cannot be changed afterwards.</source>
        <translation>Record %1&apos;s opinion (%2) on %3, “%4”? It cannot be changed afterwards.</translation>
    </message>
    <message>
        <source>Record opinion</source>
        <translation>Record opinion</translation>
    </message>
    <message>
        <source>Confirm your signature</source>
        <translation>Confirm your signature</translation>
    </message>
    <message>
        <source>Sign, as %1&apos;s administrator, the configuration update of %2 on %3? You sign exactly what is shown below: the organization it adds, its root CA certificate and the update&apos;s SHA-256.</source>
        <translation>Sign, as %1&apos;s administrator, the configuration update of %2 on %3? You sign exactly what is shown below: the organization it adds, its root CA certificate and the update&apos;s SHA-256.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Signing and sending to the ledger…</source>
        <translation>Signing and sending to the ledger…</translation>
    </message>
    <message>
        <source>Your bank&apos;s vote is recorded. The proposal is %1 (%2).</source>
        <translation>Your bank&apos;s vote is recorded. The proposal is %1 (%2).</translation>
    </message>
    <message>
        <source>Your bank&apos;s opinion is recorded.</source>
        <translation>Your bank&apos;s opinion is recorded.</translation>
    </message>
    <message>
        <source>The update is prepared on %1.</source>
        <translation>The update is prepared on %1.</translation>
    </message>
    <message>
        <source>Your organization&apos;s signature is recorded on %1.</source>
        <translation>Your organization&apos;s signature is recorded on %1.</translation>
    </message>
    <message>
        <source>The update is in force on %1.</source>
        <translation>The update is in force on %1.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <extracomment>The ledger refused a governance action; the reason follows.</extracomment>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The Governance summary: &quot;2 proposals, 1 open;&quot; then &quot;8 members.&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Gas of %1</source>
        <translation>Gas of %1</translation>
    </message>
    <message>
        <source>Proposals, members, Gas or the regulator&apos;s</source>
        <translation>Proposals, members, Gas or the regulator&apos;s</translation>
    </message>
    <message>
        <source>The regulator&apos;s flags</source>
        <translation>The regulator&apos;s flags</translation>
    </message>
</context>
<context>
    <name>lx::ui::GuaranteeActionForm</name>
    <message>
        <source>%1 — guarantee %2</source>
        <translation>%1 — guarantee %2</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Amend</translation>
    </message>
    <message>
        <source>Present a demand</source>
        <translation>Present a demand</translation>
    </message>
    <message>
        <source>Examine the demand</source>
        <translation>Examine the demand</translation>
    </message>
    <message>
        <source>Suspend payment</source>
        <translation>Suspend payment</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>Reduce</source>
        <translation>Reduce</translation>
    </message>
    <message>
        <source>Record the release</source>
        <translation>Record the release</translation>
    </message>
    <message>
        <source>Record a court stop-payment</source>
        <translation>Record a court stop-payment</translation>
    </message>
    <message>
        <source>Lift the stop-payment</source>
        <translation>Lift the stop-payment</translation>
    </message>
    <message>
        <source>Demand %1 (%2, %3)</source>
        <translation>Demand %1 (%2, %3)</translation>
    </message>
    <message>
        <source>By the beneficiary&apos;s consent</source>
        <translation>By the beneficiary&apos;s consent</translation>
    </message>
    <message>
        <source>Clause %1: %2 on %3</source>
        <translation>Clause %1: %2 on %3</translation>
    </message>
</context>
<context>
    <name>lx::ui::GuaranteeIssueForm</name>
    <message>
        <source>Choose a type</source>
        <translation>Choose a type</translation>
    </message>
    <message>
        <source>Choose the advising bank</source>
        <translation>Choose the advising bank</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Reduction clause %1: write the date as yyyy-mm-dd.</source>
        <translation>Reduction clause %1: write the date as yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>Reduction clause %1: %2</source>
        <translation>Reduction clause %1: %2</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>%1&apos;s credit code: %2</source>
        <translation>%1&apos;s credit code: %2</translation>
    </message>
</context>
<context>
    <name>lx::ui::GuaranteeListPage</name>
    <message>
        <source>New guarantee — %1</source>
        <translation>New guarantee — %1</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All banks</source>
        <translation>All banks</translation>
    </message>
    <message numerus="yes">
        <source>%n guarantee(s)</source>
        <translation>
            <numerusform>%n guarantee</numerusform>
            <numerusform>%n guarantees</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <source>Guarantees</source>
        <translation>Guarantees</translation>
    </message>
</context>
<context>
    <name>lx::ui::GuaranteeWindow</name>
    <message>
        <source>The guarantee cannot be read from the cache: %1</source>
        <translation>The guarantee cannot be read from the cache: %1</translation>
    </message>
    <message>
        <source>A draft on this guarantee awaits approval by a checker of your bank.</source>
        <translation>A draft on this guarantee awaits approval by a checker of your bank.</translation>
    </message>
    <message>
        <source>This guarantee is not in the bank&apos;s cache.</source>
        <translation>This guarantee is not in the bank&apos;s cache.</translation>
    </message>
    <message>
        <source>%1, frozen by a court&apos;s stop-payment order</source>
        <translation>%1, frozen by a court&apos;s stop-payment order</translation>
    </message>
    <message>
        <source>Guarantee %1 — %2</source>
        <translation>Guarantee %1 — %2</translation>
    </message>
    <message>
        <source>%1 guarantee of %2 (available %3), issued by %4 for %5, advised through %6 to %7; expiry: %8.</source>
        <translation>%1 guarantee of %2 (available %3), issued by %4 for %5, advised through %6 to %7; expiry: %8.</translation>
    </message>
    <message>
        <source>Demand %1 for %2: examine by %3 — %4.</source>
        <translation>Demand %1 for %2: examine by %3 — %4.</translation>
    </message>
    <message>
        <source>Demand %1 for %2: %3.</source>
        <translation>Demand %1 for %2: %3.</translation>
    </message>
    <message>
        <source>Guarantee %1</source>
        <translation>Guarantee %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; drafted: it waits for a checker of your bank in Approvals.</source>
        <translation>&quot;%1&quot; drafted: it waits for a checker of your bank in Approvals.</translation>
    </message>
    <message>
        <source>Guarantee %1.pdf</source>
        <translation>Guarantee %1.pdf</translation>
    </message>
</context>
<context>
    <name>lx::ui::HelpWindow</name>
    <message>
        <source>LianXin guide</source>
        <translation>LianXin guide</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Close the guide</translation>
    </message>
</context>
<context>
    <name>lx::ui::ImportIdentityDialog</name>
    <message>
        <source>The passphrase does not open this wallet. Type the passphrase you sign in with.</source>
        <translation>The passphrase does not open this wallet. Type the passphrase you sign in with.</translation>
    </message>
    <message>
        <source>This data folder has a wallet already (%1); import further identities from File &gt; Import identity…</source>
        <translation>This data folder has a wallet already (%1); import further identities from File &gt; Import identity…</translation>
    </message>
    <message>
        <source>The identity could not be imported: %1</source>
        <translation>The identity could not be imported: %1</translation>
    </message>
    <message>
        <source>Type the wallet&apos;s passphrase, the one you sign in with.</source>
        <translation>Type the wallet&apos;s passphrase, the one you sign in with.</translation>
    </message>
    <message>
        <source>No problem</source>
        <translation>No problem</translation>
    </message>
    <message>
        <source>Import identity — LianXin</source>
        <translation>Import identity — LianXin</translation>
    </message>
    <message>
        <source>Import identity</source>
        <translation>Import identity</translation>
    </message>
    <message>
        <source>Bring an identity your bank&apos;s Fabric CA enrolled into this wallet: choose its msp folder (signcerts/ and keystore/), its organization&apos;s MSP ID and the user name it gets here. The private key is sealed under the wallet&apos;s passphrase.</source>
        <translation>Bring an identity your bank&apos;s Fabric CA enrolled into this wallet: choose its msp folder (signcerts/ and keystore/), its organization&apos;s MSP ID and the user name it gets here. The private key is sealed under the wallet&apos;s passphrase.</translation>
    </message>
    <message>
        <source>Wallet &amp;passphrase:</source>
        <translation>Wallet &amp;passphrase:</translation>
    </message>
    <message>
        <source>Wallet passphrase</source>
        <translation>Wallet passphrase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import the identity</source>
        <translation>Import the identity</translation>
    </message>
</context>
<context>
    <name>lx::ui::LcActionForm</name>
    <message>
        <source>%1 — L/C %2</source>
        <translation>%1 — L/C %2</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Amend</translation>
    </message>
    <message>
        <source>Present documents</source>
        <translation>Present documents</translation>
    </message>
    <message>
        <source>Examine documents</source>
        <translation>Examine documents</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Waive discrepancies</source>
        <translation>Waive discrepancies</translation>
    </message>
    <message>
        <source>Cancel with the beneficiary&apos;s consent</source>
        <translation>Cancel with the beneficiary&apos;s consent</translation>
    </message>
    <message>
        <source>Presentation %1 (%2)</source>
        <translation>Presentation %1 (%2)</translation>
    </message>
    <message>
        <source>Commercial invoice</source>
        <translation>Commercial invoice</translation>
    </message>
    <message>
        <source>Transport document</source>
        <translation>Transport document</translation>
    </message>
    <message>
        <source>Insurance document</source>
        <translation>Insurance document</translation>
    </message>
    <message>
        <source>Inspection certificate</source>
        <translation>Inspection certificate</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>Reading the attached files…</source>
        <translation>Reading the attached files…</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Attach a document</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1: %2 (SHA-256 %3…)</source>
        <translation>%1: %2 (SHA-256 %3…)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was presented under L/C %3 too (issued by %4).</source>
        <translation>%1 &quot;%2&quot; was presented under L/C %3 too (issued by %4).</translation>
    </message>
    <message>
        <source>Possible double financing:</source>
        <translation>Possible double financing:</translation>
    </message>
</context>
<context>
    <name>lx::ui::LcDetailWindow</name>
    <message>
        <source>The L/C cannot be read from the cache: %1</source>
        <translation>The L/C cannot be read from the cache: %1</translation>
    </message>
    <message>
        <source>This L/C is not in the bank&apos;s cache.</source>
        <translation>This L/C is not in the bank&apos;s cache.</translation>
    </message>
    <message>
        <source>L/C %1 — %2</source>
        <translation>L/C %1 — %2</translation>
    </message>
    <message>
        <source>%1, issued by %2 for %3, advised through %4; beneficiary %5.</source>
        <translation>%1, issued by %2 for %3, advised through %4; beneficiary %5.</translation>
    </message>
    <message>
        <source>L/C %1</source>
        <translation>L/C %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; drafted: it waits for a checker of your bank in Approvals.</source>
        <translation>&quot;%1&quot; drafted: it waits for a checker of your bank in Approvals.</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>The signatures could not be checked: %1</source>
        <translation>The signatures could not be checked: %1</translation>
    </message>
    <message>
        <source>Verify the document</source>
        <translation>Verify the document</translation>
    </message>
    <message>
        <source>Verify the selected document against this bank&apos;s copy and the notary</source>
        <translation>Verify the selected document against this bank&apos;s copy and the notary</translation>
    </message>
    <message>
        <source>Result of the document check</source>
        <translation>Result of the document check</translation>
    </message>
    <message>
        <source>No document is selected.</source>
        <translation>No document is selected.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>The document could not be checked: %1</source>
        <translation>The document could not be checked: %1</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Save a copy of the selected document</source>
        <translation>Save a copy of the selected document</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Save a copy of the document</translation>
    </message>
    <message>
        <source>Not saved: the copy in this bank&apos;s cache no longer matches the presented document.</source>
        <translation>Not saved: the copy in this bank&apos;s cache no longer matches the presented document.</translation>
    </message>
    <message>
        <source>Not saved: this bank&apos;s cache holds no copy (the presenting bank keeps the file).</source>
        <translation>Not saved: this bank&apos;s cache holds no copy (the presenting bank keeps the file).</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2</source>
        <translation>The copy could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Saved a copy to %1; it matches the presented document.</source>
        <translation>Saved a copy to %1; it matches the presented document.</translation>
    </message>
    <message>
        <source>A draft on this L/C awaits approval by a checker of your bank.</source>
        <translation>A draft on this L/C awaits approval by a checker of your bank.</translation>
    </message>
    <message>
        <source>Advice of L/C %1</source>
        <translation>Advice of L/C %1</translation>
    </message>
    <message>
        <source>Advice %1.pdf</source>
        <translation>Advice %1.pdf</translation>
    </message>
</context>
<context>
    <name>lx::ui::LcIssueForm</name>
    <message>
        <source>Issuing bank: %1</source>
        <translation>Issuing bank: %1</translation>
    </message>
    <message>
        <source>(not signed in)</source>
        <translation>(not signed in)</translation>
    </message>
    <message>
        <source>Issue date: %1</source>
        <translation>Issue date: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>None (available with the advising bank)</source>
        <translation>None (available with the advising bank)</translation>
    </message>
    <message>
        <source>Nothing to correct: the terms pass the contract&apos;s checks.</source>
        <translation>Nothing to correct: the terms pass the contract&apos;s checks.</translation>
    </message>
    <message numerus="yes">
        <source>To correct before submitting (%n):</source>
        <translation>
            <numerusform>To correct before submitting (%n):</numerusform>
            <numerusform>To correct before submitting (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>L/C number</source>
        <translation>L/C number</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Applicant&apos;s unified social credit code</source>
        <translation>Applicant&apos;s unified social credit code</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s unified social credit code</source>
        <translation>Beneficiary&apos;s unified social credit code</translation>
    </message>
    <message>
        <source>Advising bank</source>
        <translation>Advising bank</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerance</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Place of expiry</source>
        <translation>Place of expiry</translation>
    </message>
    <message>
        <source>Latest shipment date</source>
        <translation>Latest shipment date</translation>
    </message>
    <message>
        <source>Presentation period</source>
        <translation>Presentation period</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Payment term</translation>
    </message>
    <message>
        <source>Goods or services</source>
        <translation>Goods or services</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Required documents</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
</context>
<context>
    <name>lx::ui::LcListPage</name>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>All banks</source>
        <translation>All banks</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <source>The minimum amount is above the maximum.</source>
        <translation>The minimum amount is above the maximum.</translation>
    </message>
    <message>
        <source>The first issue date is after the last.</source>
        <translation>The first issue date is after the last.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%n L/C(s)</source>
        <translation>
            <numerusform>%n L/C</numerusform>
            <numerusform>%n L/Cs</numerusform>
        </translation>
    </message>
    <message>
        <source>New letter of credit — %1</source>
        <translation>New letter of credit — %1</translation>
    </message>
    <message>
        <source>Letters of credit</source>
        <translation>Letters of credit</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>Amount from</source>
        <translation>Amount from</translation>
    </message>
    <message>
        <source>Amount to</source>
        <translation>Amount to</translation>
    </message>
</context>
<context>
    <name>lx::ui::LedgerPage</name>
    <message>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Channel: %1</translation>
    </message>
    <message>
        <source>Block: %1</source>
        <translation>Block: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
</context>
<context>
    <name>lx::ui::ListExport</name>
    <message>
        <source>Export the list to CSV</source>
        <translation>Export the list to CSV</translation>
    </message>
    <message>
        <source>Export the list to PDF</source>
        <translation>Export the list to PDF</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The record is not loaded yet.</source>
        <translation>The record is not loaded yet.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>lx::ui::LockScreen</name>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Signed in: %1, %2, %3 (%4).</source>
        <extracomment>%1 the person&apos;s name, %2 their role (officer, checker…), %3 the bank, %4 the wallet&apos;s label</extracomment>
        <translation>Signed in: %1, %2, %3 (%4).</translation>
    </message>
    <message>
        <source>Enter the wallet passphrase.</source>
        <translation>Enter the wallet passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is wrong. %n more wrong attempt(s) and LianXin signs out.</source>
        <translation>
            <numerusform>The passphrase is wrong. %n more wrong attempt and LianXin signs out.</numerusform>
            <numerusform>The passphrase is wrong. %n more wrong attempts and LianXin signs out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consortium ledger cannot be opened: %1</source>
        <translation>The consortium ledger cannot be opened: %1</translation>
    </message>
    <message>
        <source>Unlocking failed: %1</source>
        <translation>Unlocking failed: %1</translation>
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
        <source>&amp;Import identity…</source>
        <translation>&amp;Import identity…</translation>
    </message>
    <message>
        <source>Bring an identity from a Fabric msp folder into this wallet</source>
        <translation>Bring an identity from a Fabric msp folder into this wallet</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>Language, lock time, list size, folders and the ledger</source>
        <translation>Language, lock time, list size, folders and the ledger</translation>
    </message>
    <message>
        <source>&amp;Lock workstation</source>
        <translation>&amp;Lock workstation</translation>
    </message>
    <message>
        <source>Hide every window and forget the keys until the passphrase is entered again</source>
        <translation>Hide every window and forget the keys until the passphrase is entered again</translation>
    </message>
    <message>
        <source>LianXin &amp;guide</source>
        <translation>LianXin &amp;guide</translation>
    </message>
    <message>
        <source>What each role does, and on which screen</source>
        <translation>What each role does, and on which screen</translation>
    </message>
</context>
<context>
    <name>lx::ui::MspIdentityFields</name>
    <message>
        <source>Choose the identity&apos;s msp folder</source>
        <translation>Choose the identity&apos;s msp folder</translation>
    </message>
    <message>
        <source>Choose the identity&apos;s msp folder (with signcerts/ and keystore/).</source>
        <translation>Choose the identity&apos;s msp folder (with signcerts/ and keystore/).</translation>
    </message>
    <message>
        <source>Give the MSP ID of the identity&apos;s organization, e.g. HuaxiaBankMSP.</source>
        <translation>Give the MSP ID of the identity&apos;s organization, e.g. HuaxiaBankMSP.</translation>
    </message>
    <message>
        <source>Give the user name the identity has in the wallet, e.g. officer1.</source>
        <translation>Give the user name the identity has in the wallet, e.g. officer1.</translation>
    </message>
    <message>
        <source>&amp;msp folder:</source>
        <translation>&amp;msp folder:</translation>
    </message>
    <message>
        <source>msp folder of the identity</source>
        <translation>msp folder of the identity</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the msp folder</source>
        <translation>Choose the msp folder</translation>
    </message>
    <message>
        <source>MSP &amp;ID:</source>
        <extracomment>Fabric&apos;s membership service provider ID of an organization</extracomment>
        <translation>MSP &amp;ID:</translation>
    </message>
    <message>
        <source>MSP ID</source>
        <translation>MSP ID</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>User name in the wallet</source>
        <translation>User name in the wallet</translation>
    </message>
</context>
<context>
    <name>lx::ui::ProposalDetailPane</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A member and the person who acted for it, e.g. &quot;Huaxia Trade Bank (admin1)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a recommendation</source>
        <translation>Choose a recommendation</translation>
    </message>
    <message>
        <source>Choose a proposal in the list to see it whole.</source>
        <translation>Choose a proposal in the list to see it whole.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2), tier %3</source>
        <extracomment>The applicant of an admission: its name, MSP ID and obligor tier.</extracomment>
        <translation>%1 (%2), tier %3</translation>
    </message>
    <message>
        <source>%1 — %2; %3 of %4 council votes cast</source>
        <extracomment>A proposal&apos;s status with its tally and how many of the electorate voted.</extracomment>
        <translation>%1 — %2; %3 of %4 council votes cast</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>by %1, %2</translation>
    </message>
    <message>
        <source>from %1 until the end of %2 (China time)</source>
        <extracomment>The voting period of a proposal; votes count until the end of the last day, China time.</extracomment>
        <translation>from %1 until the end of %2 (China time)</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Not decided yet.</translation>
    </message>
    <message>
        <source>%1 on %2, transaction %3</source>
        <extracomment>A decided proposal: its outcome, when (China time) and in which transaction.</extracomment>
        <translation>%1 on %2, transaction %3</translation>
    </message>
    <message>
        <source>Lines of business: %1</source>
        <translation>Lines of business: %1</translation>
    </message>
    <message>
        <source>Seats after: %1</source>
        <translation>Seats after: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1/%2 of the council seats, rounded up</source>
        <translation>%1/%2 of the council seats, rounded up</translation>
    </message>
    <message>
        <source>%1 per endorsement, %2 per transaction, %3 per available hour, %4 per approved yuan (milli-Gas)</source>
        <extracomment>Gas weights in milli-Gas per unit.</extracomment>
        <translation>%1 per endorsement, %2 per transaction, %3 per available hour, %4 per approved yuan (milli-Gas)</translation>
    </message>
    <message>
        <source>Refuse a document presented under two L/Cs</source>
        <translation>Refuse a document presented under two L/Cs</translation>
    </message>
    <message>
        <source>Accept a document presented under two L/Cs and flag it</source>
        <translation>Accept a document presented under two L/Cs and flag it</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Expert opinions: none yet</source>
        <translation>Expert opinions: none yet</translation>
    </message>
    <message>
        <source>Expert opinions</source>
        <translation>Expert opinions</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Cast</translation>
    </message>
    <message>
        <source>Votes: none yet</source>
        <translation>Votes: none yet</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Your vote is final once recorded; you are asked to confirm it.</source>
        <translation>Your vote is final once recorded; you are asked to confirm it.</translation>
    </message>
    <message>
        <source>Recorded for the council to read, not counted; your bank gives one opinion.</source>
        <translation>Recorded for the council to read, not counted; your bank gives one opinion.</translation>
    </message>
    <message>
        <source>Node cost of %1: %2 (%3)</source>
        <extracomment>%1 the month (YYYY-MM), %2 an amount of money, %3 what the cost is for.</extracomment>
        <translation>Node cost of %1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>lx::ui::QuoteBoardPage</name>
    <message>
        <source>Live quotes or recent deals</source>
        <translation>Live quotes or recent deals</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>All tenors</source>
        <translation>All tenors</translation>
    </message>
    <message>
        <source>As of %1: %2 live quotes</source>
        <translation>As of %1: %2 live quotes</translation>
    </message>
    <message>
        <source>Post a quote — %1</source>
        <translation>Post a quote — %1</translation>
    </message>
    <message>
        <source>Report a deal — %1</source>
        <translation>Report a deal — %1</translation>
    </message>
    <message>
        <source>Obligor tier: %1</source>
        <translation>Obligor tier: %1</translation>
    </message>
    <message>
        <source>Tenor: %1</source>
        <translation>Tenor: %1</translation>
    </message>
    <message>
        <source>Recent deals</source>
        <translation>Recent deals</translation>
    </message>
    <message>
        <source>Live quotes</source>
        <translation>Live quotes</translation>
    </message>
</context>
<context>
    <name>lx::ui::QuoteCurveChart</name>
    <message>
        <source>Best bid by tenor</source>
        <translation>Best bid by tenor</translation>
    </message>
    <message>
        <source>Tenor (days to maturity)</source>
        <translation>Tenor (days to maturity)</translation>
    </message>
    <message>
        <source>Rate (% p.a.)</source>
        <translation>Rate (% p.a.)</translation>
    </message>
</context>
<context>
    <name>lx::ui::QuoteDealForm</name>
    <message>
        <source>(not named)</source>
        <translation>(not named)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An obligor bank in the deal report form, with its registry tier.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lx::ui::QuotePostForm</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An obligor bank in the quote form, with its registry tier.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lx::ui::RequiredDocumentsEditor</name>
    <message>
        <source>Type of document to add</source>
        <translation>Type of document to add</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>Add the required document</source>
        <translation>Add the required document</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Remove the selected document</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Required documents</translation>
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
        <extracomment>%1 is a list like &quot;trust 3 · lc 12&quot;</extracomment>
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
    <message>
        <source>Local cache: closed</source>
        <translation>Local cache: closed</translation>
    </message>
    <message>
        <source>Local cache: catching up %1 / %2 blocks</source>
        <extracomment>Status bar: %1 blocks applied of %2</extracomment>
        <translation>Local cache: catching up %1 / %2 blocks</translation>
    </message>
    <message>
        <source>Local cache: catching up…</source>
        <translation>Local cache: catching up…</translation>
    </message>
    <message>
        <source>Local cache: up to date (%1 blocks)</source>
        <extracomment>Status bar: the local cache holds every block up to this height</extracomment>
        <translation>Local cache: up to date (%1 blocks)</translation>
    </message>
    <message>
        <source>Local cache: paused at %1 blocks</source>
        <translation>Local cache: paused at %1 blocks</translation>
    </message>
    <message>
        <source>Local cache: ledger unavailable, retrying</source>
        <translation>Local cache: ledger unavailable, retrying</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n pending</source>
        <extracomment>Status bar: actions signed and stored, not yet committed on the ledger</extracomment>
        <translation>
            <numerusform>Outbox: %n pending</numerusform>
            <numerusform>Outbox: %n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: all sent</source>
        <translation>Outbox: all sent</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause catching up with the ledger</source>
        <translation>Pause catching up with the ledger</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Resume catching up with the ledger</source>
        <translation>Resume catching up with the ledger</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>Retry the ledger now</source>
        <translation>Retry the ledger now</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Show the outbox</translation>
    </message>
    <message>
        <source>Network: %1 · peer %2</source>
        <extracomment>Status bar: %1 the network&apos;s name (its connection profile&apos;s), %2 the peer LianXin talks to</extracomment>
        <translation>Network: %1 · peer %2</translation>
    </message>
    <message>
        <source>Peer %1 at %2</source>
        <translation>Peer %1 at %2</translation>
    </message>
    <message>
        <source>Peer unreachable, retrying…</source>
        <extracomment>Status bar: the network&apos;s peer does not answer; LianXin keeps trying</extracomment>
        <translation>Peer unreachable, retrying…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <extracomment>Status bar: the ledger is the embedded sandbox consortium of the data folder</extracomment>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <extracomment>Status bar: %1 is a list like &quot;trust 3 · lc 12&quot;, each channel&apos;s height in blocks</extracomment>
        <translation>Ledger: %1</translation>
    </message>
</context>
<context>
    <name>lx::ui::SettingsDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>Connection profile</translation>
    </message>
    <message>
        <source>Connection profiles (*.json *.yaml *.yml)</source>
        <translation>Connection profiles (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export folder: %1</source>
        <translation>Export folder: %1</translation>
    </message>
    <message>
        <source>Data folder: give the folder LianXin opens at start.</source>
        <translation>Data folder: give the folder LianXin opens at start.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>Connection profile: choose the network&apos;s profile file, or the sandbox.</source>
        <translation>Connection profile: choose the network&apos;s profile file, or the sandbox.</translation>
    </message>
    <message>
        <source>Connection profile: give the file as a full path.</source>
        <translation>Connection profile: give the file as a full path.</translation>
    </message>
    <message>
        <source>Connection profile: %1</source>
        <translation>Connection profile: %1</translation>
    </message>
    <message>
        <source>The ledger choice cannot be written into %1.</source>
        <translation>The ledger choice cannot be written into %1.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>after a number of minutes in a spin box</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>the organization&apos;s first peer</source>
        <translation>the organization&apos;s first peer</translation>
    </message>
    <message>
        <source>your documents folder</source>
        <translation>your documents folder</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
    <message>
        <source>This bank&apos;s local cache was locked with another passphrase. Sign in with that passphrase, or ask your administrator to reset the cache: it is rebuilt from the ledger.</source>
        <translation>This bank&apos;s local cache was locked with another passphrase. Sign in with that passphrase, or ask your administrator to reset the cache: it is rebuilt from the ledger.</translation>
    </message>
    <message>
        <source>This bank&apos;s local cache failed its integrity check and was not opened (%1). Ask your administrator to reset it: it is rebuilt from the ledger.</source>
        <translation>This bank&apos;s local cache failed its integrity check and was not opened (%1). Ask your administrator to reset it: it is rebuilt from the ledger.</translation>
    </message>
</context>
<context>
    <name>lx::ui::WorklistPage</name>
    <message>
        <source>Nothing waits on you.</source>
        <translation>Nothing waits on you.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) waiting</source>
        <translation>
            <numerusform>%n task waiting</numerusform>
            <numerusform>%n tasks waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Worklist</translation>
    </message>
</context>
<context>
    <name>lx::ui::WorkstationShell</name>
    <message>
        <source>LianXin</source>
        <translation>LianXin</translation>
    </message>
    <message>
        <source>The connection profile changed while joining: %1</source>
        <translation>The connection profile changed while joining: %1</translation>
    </message>
</context>
</TS>
