#include "ui/lc/LcActionForm.h"

#include "ui_LcActionForm.h"

#include "chaincode/lc/LcDryRun.h"
#include "crypto/Hash.h"
#include "models/BusinessDays.h"
#include "models/Money.h"
#include "models/ReasonCatalog.h"
#include "models/SessionModel.h"
#include "models/lc/LcTermsCheck.h"
#include "models/lc/LcText.h"
#include "ui/shell/WindowKeys.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>

namespace lx::ui {

using Kind = LcActionForm::Kind;

namespace {

std::int64_t fenOf(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return 0;
    const models::MoneyParse parsed = models::Money::parse(text, QLocale());
    if (!parsed.money) {
        *error = parsed.error;
        return 0;
    }
    return parsed.money->fen();
}

lianxin::lc::Date protoDate(const QDate &date)
{
    return models::LcTermsCheck::protoDate(date);
}

} // namespace

LcActionForm::LcActionForm(Kind kind, const lianxin::lc::LetterOfCredit &lc, models::SessionModel &session,
    models::LocalBook &book, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::LcActionForm>())
    , m_kind(kind)
    , m_lc(lc)
    , m_session(session)
    , m_book(book)
{
    m_ui->setupUi(this);
    installWindowKeys(this);
    setObjectName(QStringLiteral("lcActionForm"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->lcActionPages->setCurrentIndex(static_cast<int>(kind));
    const QDate today = models::LcText::dateOfDay(models::chinaToday(session.clock()));
    for (QDateEdit *edit :
        { m_ui->amendExpiryEdit, m_ui->amendShipmentEdit, m_ui->presentShipmentEdit, m_ui->presentDocumentDateEdit,
            m_ui->presentReceivedEdit }) // received: the draft's day, as a rule the day of receipt
        edit->setDate(today);
    m_ui->amendExpiryEdit->setDate(models::LcTermsCheck::fromProto(lc.expiry_date()));
    fillPresentations();
    fillDocTypes();
    m_ui->lcActionTitleLabel->setText(tr("%1 — L/C %2").arg(title(kind), QString::fromStdString(lc.lc_no())));
    setWindowTitle(m_ui->lcActionTitleLabel->text());

    const auto revalidate = [this] { validate(); };
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, revalidate);
    for (QDateEdit *edit : findChildren<QDateEdit *>())
        connect(edit, &QDateEdit::dateChanged, this, revalidate);
    for (QAbstractButton *button : { static_cast<QAbstractButton *>(m_ui->amendExpiryCheck),
             static_cast<QAbstractButton *>(m_ui->amendShipmentCheck),
             static_cast<QAbstractButton *>(m_ui->examineDiscrepantRadio),
             static_cast<QAbstractButton *>(m_ui->refuseReturnRadio) })
        connect(button, &QAbstractButton::toggled, this, revalidate);
    for (QComboBox *combo :
        { m_ui->examinePresentationCombo, m_ui->refusePresentationCombo, m_ui->waivePresentationCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, revalidate);
    connect(m_ui->examineDiscrepanciesEdit, &QPlainTextEdit::textChanged, this, revalidate);
    connect(m_ui->examineAcknowledgementEdit, &QPlainTextEdit::textChanged, this, revalidate);
    connect(m_ui->examinePresentationCombo, &QComboBox::currentIndexChanged, this, &LcActionForm::showDuplicates);
    showDuplicates();
    connect(m_ui->presentAddDocumentButton, &QPushButton::clicked, this, &LcActionForm::pickFile);
    connect(m_ui->lcActionSubmitButton, &QPushButton::clicked, this, &LcActionForm::submit);
    connect(m_ui->lcActionCancelButton, &QPushButton::clicked, this, &QWidget::close);
    validate();
}

LcActionForm::~LcActionForm() = default;

std::int64_t LcActionForm::nowSeconds() const
{
    return std::chrono::duration_cast<std::chrono::seconds>(m_session.clock()().time_since_epoch()).count();
}

QString LcActionForm::title(Kind kind)
{
    switch (kind) {
    case Kind::Amend:
        return tr("Amend");
    case Kind::Present:
        return tr("Present documents");
    case Kind::Examine:
        return tr("Examine documents");
    case Kind::Refuse:
        return tr("Refuse");
    case Kind::Waive:
        return tr("Waive discrepancies");
    case Kind::Cancel:
        return tr("Cancel with the beneficiary's consent");
    }
    return {};
}

// The examined presentation's documents that the notary holds under other
// L/Cs too: the examiner sees them and writes a finding, which the contract
// requires before any decision.
void LcActionForm::showDuplicates()
{
    const int number = m_ui->examinePresentationCombo->currentData().toInt();
    QStringList lines;
    for (const auto &p : m_lc.presentations()) {
        if (p.number() != number)
            continue;
        for (const auto &d : p.duplicates()) {
            QStringList others;
            for (const auto &lcNo : d.other_lc_nos())
                others << models::LcText::shown(lcNo);
            QStringList banks;
            for (const auto &bank : d.other_issuing_banks())
                banks << models::LcText::bankName(QString::fromStdString(bank));
            lines << tr("%1 \"%2\" was presented under L/C %3 too (issued by %4).")
                         .arg(models::LcText::shown(d.doc_type()), models::LcText::shown(d.file_name()),
                             others.join(QStringLiteral(", ")), banks.join(QStringLiteral(", ")));
        }
    }
    const bool any = !lines.isEmpty();
    m_ui->examineDuplicatesLabel->setText(any ? tr("Possible double financing:") + QLatin1Char('\n')
                                                    + lines.join(QLatin1Char('\n'))
                                              : QString());
    for (QWidget *w : { static_cast<QWidget *>(m_ui->examineDuplicatesLabel),
             static_cast<QWidget *>(m_ui->examineAcknowledgementLabel),
             static_cast<QWidget *>(m_ui->examineAcknowledgementEdit) })
        w->setVisible(any);
}

void LcActionForm::fillPresentations()
{
    for (QComboBox *combo :
        { m_ui->examinePresentationCombo, m_ui->refusePresentationCombo, m_ui->waivePresentationCombo }) {
        combo->clear();
        for (const auto &p : m_lc.presentations())
            combo->addItem(
                tr("Presentation %1 (%2)").arg(p.number()).arg(models::LcText::money(p.amount_fen())), p.number());
        combo->setCurrentIndex(combo->count() - 1); // the latest
    }
}

void LcActionForm::fillDocTypes()
{
    const int current = m_ui->presentDocTypeCombo->currentIndex();
    m_ui->presentDocTypeCombo->clear();
    m_ui->presentDocTypeCombo->addItem(tr("Commercial invoice"), QStringLiteral("INVOICE"));
    m_ui->presentDocTypeCombo->addItem(tr("Transport document"), QStringLiteral("TRANSPORT_DOCUMENT"));
    m_ui->presentDocTypeCombo->addItem(tr("Insurance document"), QStringLiteral("INSURANCE"));
    m_ui->presentDocTypeCombo->addItem(tr("Inspection certificate"), QStringLiteral("INSPECTION"));
    m_ui->presentDocTypeCombo->addItem(tr("Other document"), QStringLiteral("OTHER"));
    m_ui->presentDocTypeCombo->setCurrentIndex(std::max(0, current));
}

lianxin::lc::LcAction LcActionForm::action() const
{
    lianxin::lc::LcAction out;
    const std::string &no = m_lc.lc_no();
    QString ignored;
    switch (m_kind) {
    case Kind::Amend: {
        auto *amend = out.mutable_amend();
        amend->set_lc_no(no);
        auto *a = amend->mutable_amendment();
        if (const std::int64_t up = fenOf(m_ui->amendIncreaseEdit->text(), &ignored); up > 0)
            a->set_increase_fen(up);
        if (const std::int64_t down = fenOf(m_ui->amendDecreaseEdit->text(), &ignored); down > 0)
            a->set_decrease_fen(down);
        if (m_ui->amendExpiryCheck->isChecked())
            *a->mutable_new_expiry_date() = protoDate(m_ui->amendExpiryEdit->date());
        if (m_ui->amendShipmentCheck->isChecked())
            *a->mutable_new_latest_shipment_date() = protoDate(m_ui->amendShipmentEdit->date());
        if (!m_ui->amendGoodsEdit->text().trimmed().isEmpty())
            a->set_new_goods_description(m_ui->amendGoodsEdit->text().trimmed().toStdString());
        a->set_narrative(m_ui->amendNarrativeEdit->text().trimmed().toStdString());
        break;
    }
    case Kind::Present: {
        auto *present = out.mutable_present();
        present->set_lc_no(no);
        auto *p = present->mutable_presentation();
        p->set_amount_fen(fenOf(m_ui->presentAmountEdit->text(), &ignored));
        *p->mutable_shipment_date() = protoDate(m_ui->presentShipmentEdit->date());
        *p->mutable_document_date() = protoDate(m_ui->presentDocumentDateEdit->date());
        *p->mutable_received_date() = protoDate(m_ui->presentReceivedEdit->date());
        for (const Attached &file : m_attached) {
            auto *d = p->add_documents();
            d->set_doc_type(file.file.docType);
            d->set_file_name(file.file.fileName);
            d->set_sha256(file.sha256);
        }
        break;
    }
    case Kind::Examine: {
        auto *e = out.mutable_examine();
        e->set_lc_no(no);
        e->set_presentation_no(m_ui->examinePresentationCombo->currentData().toInt());
        e->set_complying(m_ui->examineComplyingRadio->isChecked());
        e->set_duplicate_acknowledgement(m_ui->examineAcknowledgementEdit->toPlainText().trimmed().toStdString());
        if (!e->complying()) {
            for (const QString &line : m_ui->examineDiscrepanciesEdit->toPlainText().split(QLatin1Char('\n'))) {
                if (line.trimmed().isEmpty())
                    continue;
                const int colon = line.indexOf(QLatin1Char(':'));
                auto *d = e->add_discrepancies();
                d->set_code((colon < 0 ? line : line.left(colon)).trimmed().toStdString());
                d->set_description(colon < 0 ? std::string() : line.mid(colon + 1).trimmed().toStdString());
            }
        }
        break;
    }
    case Kind::Refuse: {
        auto *r = out.mutable_refuse();
        r->set_lc_no(no);
        r->set_presentation_no(m_ui->refusePresentationCombo->currentData().toInt());
        r->set_disposition(
            m_ui->refuseReturnRadio->isChecked() ? lianxin::lc::Examination::RETURN : lianxin::lc::Examination::HOLD);
        break;
    }
    case Kind::Waive: {
        auto *w = out.mutable_waive();
        w->set_lc_no(no);
        w->set_presentation_no(m_ui->waivePresentationCombo->currentData().toInt());
        w->set_applicant_consent(m_ui->waiveConsentEdit->text().trimmed().toStdString());
        break;
    }
    case Kind::Cancel: {
        auto *c = out.mutable_cancel();
        c->set_lc_no(no);
        c->set_beneficiary_consent(m_ui->cancelConsentEdit->text().trimmed().toStdString());
        break;
    }
    }
    return out;
}

void LcActionForm::validate()
{
    m_problem.clear();
    // The amounts first: a figure that cannot be read is the user's to fix
    // before the contract can say anything.
    for (QLineEdit *edit : { m_ui->amendIncreaseEdit, m_ui->amendDecreaseEdit, m_ui->presentAmountEdit }) {
        QString error;
        fenOf(edit->text(), &error);
        if (!error.isEmpty() && m_problem.isEmpty())
            m_problem = error;
    }
    if (m_problem.isEmpty() && m_hashing > 0)
        m_problem = tr("Reading the attached files…");
    if (m_problem.isEmpty()) {
        if (const auto rejection
            = chaincode::lc::dryRunRejection(m_lc, action(), m_session.identity().mspId.toStdString(), nowSeconds())) {
            const QString text = QString::fromStdString(*rejection);
            const int colon = text.indexOf(QStringLiteral(": "));
            m_problem = colon < 0 ? text : models::ReasonCatalog::describe(text.left(colon), text.mid(colon + 2));
        }
    }
    m_ui->lcActionProblemLabel->setText(m_problem);
    m_ui->lcActionSubmitButton->setEnabled(m_problem.isEmpty());
}

void LcActionForm::pickFile()
{
    // Not exec(): the dialog is opened and answers through its signal.
    auto *dialog = new QFileDialog(this, tr("Attach a document"));
    dialog->setObjectName(QStringLiteral("presentFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &LcActionForm::attachFile);
    dialog->open();
}

void LcActionForm::attachFile(const QString &path)
{
    const std::string docType = m_ui->presentDocTypeCombo->currentData().toString().toStdString();
    ++m_hashing;
    validate();
    auto *watcher = new QFutureWatcher<Attached>(this);
    connect(watcher, &QFutureWatcher<Attached>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        --m_hashing;
        const Attached attached = watcher->result();
        if (attached.sha256.empty()) {
            m_ui->lcActionProblemLabel->setText(tr("The file %1 cannot be read.").arg(path));
        } else {
            m_attached.push_back(attached);
            m_ui->presentDocumentsList->addItem(
                tr("%1: %2 (SHA-256 %3…)")
                    .arg(m_ui->presentDocTypeCombo->itemText(
                             m_ui->presentDocTypeCombo->findData(QString::fromStdString(attached.file.docType))),
                        QString::fromStdString(attached.file.fileName),
                        QString::fromStdString(toHex(attached.sha256)).left(12)));
        }
        validate();
    });
    watcher->setFuture(QtConcurrent::run([path, docType] {
        Attached out;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QByteArray bytes = file.readAll();
        out.file = { docType, QFileInfo(path).fileName().toStdString(), bytes.toStdString() };
        out.sha256 = crypto::sha256(out.file.content);
        return out;
    }));
}

void LcActionForm::submit()
{
    validate();
    if (!m_problem.isEmpty())
        return;
    std::vector<models::LocalBook::Attachment> files;
    for (const Attached &attached : m_attached)
        files.push_back(attached.file);
    m_book.submitDraft(action(), files);
    Q_EMIT submitted();
    close();
}

bool LcActionForm::offered(
    Kind kind, const lianxin::lc::LetterOfCredit &lc, const QString &bankMsp, std::int64_t nowSeconds)
{
    const std::string bank = bankMsp.toStdString();
    const auto passes = [&](const lianxin::lc::LcAction &probe) {
        return !chaincode::lc::dryRunRejection(lc, probe, bank, nowSeconds);
    };
    lianxin::lc::LcAction probe;
    switch (kind) {
    case Kind::Amend:
        probe.mutable_amend()->set_lc_no(lc.lc_no());
        probe.mutable_amend()->mutable_amendment()->set_increase_fen(100);
        return passes(probe);
    case Kind::Present: {
        probe.mutable_present()->set_lc_no(lc.lc_no());
        auto *p = probe.mutable_present()->mutable_presentation();
        p->set_amount_fen(100);
        const lianxin::lc::Date today
            = models::LcTermsCheck::protoDate(models::LcText::dateOfDay(models::chinaDayOf(nowSeconds)));
        *p->mutable_shipment_date() = today;
        *p->mutable_document_date() = today;
        for (const auto &required : lc.required_documents()) {
            auto *d = p->add_documents();
            d->set_doc_type(required.doc_type());
            d->set_file_name("probe");
            d->set_sha256(std::string(32, '\x01'));
        }
        return passes(probe);
    }
    case Kind::Examine:
    case Kind::Refuse:
    case Kind::Waive:
        for (const auto &p : lc.presentations()) {
            probe.Clear();
            if (kind == Kind::Examine) {
                probe.mutable_examine()->set_lc_no(lc.lc_no());
                probe.mutable_examine()->set_presentation_no(p.number());
                probe.mutable_examine()->set_complying(true);
                probe.mutable_examine()->set_duplicate_acknowledgement("probe");
            } else if (kind == Kind::Refuse) {
                probe.mutable_refuse()->set_lc_no(lc.lc_no());
                probe.mutable_refuse()->set_presentation_no(p.number());
                probe.mutable_refuse()->set_disposition(lianxin::lc::Examination::HOLD);
            } else {
                probe.mutable_waive()->set_lc_no(lc.lc_no());
                probe.mutable_waive()->set_presentation_no(p.number());
                probe.mutable_waive()->set_applicant_consent("probe");
            }
            if (passes(probe))
                return true;
        }
        return false;
    case Kind::Cancel:
        probe.mutable_cancel()->set_lc_no(lc.lc_no());
        probe.mutable_cancel()->set_beneficiary_consent("probe");
        // Offered when the consent is what makes the difference: without
        // one it is the one-click Cancel.
        return passes(probe) && !passes([&] {
            lianxin::lc::LcAction bare;
            bare.mutable_cancel()->set_lc_no(lc.lc_no());
            return bare;
        }());
    }
    return false;
}

void LcActionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillDocTypes();
        m_ui->lcActionTitleLabel->setText(tr("%1 — L/C %2").arg(title(m_kind), QString::fromStdString(m_lc.lc_no())));
        validate();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
