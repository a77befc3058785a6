#include "models/TranslationCatalog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace lx::models {

TranslationCatalog::TranslationCatalog(QObject *parent) : QObject(parent) { }

TranslationCatalog::~TranslationCatalog()
{
    removeTranslators();
}

QString TranslationCatalog::code(Language language)
{
    return language == Language::SimplifiedChinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

std::optional<TranslationCatalog::Language> TranslationCatalog::fromCode(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return Language::SimplifiedChinese;
    if (code == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

TranslationCatalog::Language TranslationCatalog::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? Language::SimplifiedChinese : Language::English;
}

void TranslationCatalog::setLanguage(Language language)
{
    if (language == m_language && m_appInstalled)
        return;
    install(language);
}

void TranslationCatalog::install(Language language)
{
    removeTranslators();
    m_language = language;
    const bool chinese = language == Language::SimplifiedChinese;
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English));

    // The qtbase catalogue first: translators installed later are asked
    // first, so ours wins should both know a context.
    if (chinese
        && m_qtTranslator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);

    const QString appCatalogue = QStringLiteral(":/i18n/lianxin_") + code(language) + QStringLiteral(".qm");
    if (m_appTranslator.load(appCatalogue))
        m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    else
        qWarning("LianXin: translation catalogue %s is missing", qUtf8Printable(appCatalogue));

    Q_EMIT languageChanged(language);
}

void TranslationCatalog::removeTranslators()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appInstalled = false;
    m_qtInstalled = false;
}

} // namespace lx::models
