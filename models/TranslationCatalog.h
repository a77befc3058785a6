#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <optional>

namespace lx::models {

// The interface language and the translators that serve it. Switching
// installs LianXin's catalogue (embedded .qm) and, for Chinese, Qt's own
// (qtbase) from QLibraryInfo::TranslationsPath so that standard dialogs
// follow; Qt then sends QEvent::LanguageChange to every widget.
class TranslationCatalog : public QObject
{
    Q_OBJECT

public:
    enum class Language { English, SimplifiedChinese };
    Q_ENUM(Language)

    explicit TranslationCatalog(QObject *parent = nullptr);
    ~TranslationCatalog() override;

    Language language() const { return m_language; }
    // Installs the catalogues even when the language is the current one.
    void install(Language language);

    // "en" / "zh_CN" as on the command line.
    static QString code(Language language);
    static std::optional<Language> fromCode(const QString &code);
    // zh_CN when the system locale is any Chinese one, else English.
    static Language systemLanguage();

public Q_SLOTS:
    void setLanguage(lx::models::TranslationCatalog::Language language);

Q_SIGNALS:
    void languageChanged(lx::models::TranslationCatalog::Language language);

private:
    void removeTranslators();

    Language m_language = Language::English;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace lx::models
