// The window's way to a server password: PasswordDialog and PasswordRequest, offscreen,
// with gnome-keyring's secret service of the test session (tests/run-ctest.sh).
#include "models/store/passwordstore.h"
#include "tests/support/credentials.h"
#include "tests/support/markingtranslator.h"
#include "tests/support/testsupport.h"
#include "ui/library/passworddialog.h"
#include "ui/library/passwordrequest.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QWidget>

#include <catch2/catch.hpp>
#include <optional>

using namespace bitext;
using namespace bitext::ui;

namespace {

PasswordDialog *openDialog(QWidget &window)
{
    // The visible one: a dialog closed before may still wait for its deleteLater().
    PasswordDialog *dialog = nullptr;
    test::waitFor(
        [&] {
            for (PasswordDialog *d : window.findChildren<PasswordDialog *>())
                if (d->isVisible())
                    dialog = d;
            return dialog != nullptr;
        },
        30000);
    return dialog;
}

// A shown window and the answer of the last password request started on it.
struct RequestWindow
{
    QWidget window;
    std::optional<PasswordRequest::Answer> answer;

    RequestWindow() { window.show(); }
    void request(const ConnectionIdentity &id, const QString &reason = QString())
    {
        answer.reset();
        PasswordRequest::start(
            &window, id, [this](const PasswordRequest::Answer &a) { answer = a; }, reason);
    }
    bool answered()
    {
        return test::waitFor([this] { return answer.has_value(); }, 30000);
    }
};

} // namespace

TEST_CASE("the password dialog hides what is typed and explains a missing keychain", "[password]")
{
    PasswordDialog dialog(test::ownConnection(QStringLiteral("ui-dialog")));
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("keychainNote"));
    REQUIRE(field);
    REQUIRE(remember);
    REQUIRE(note);
    CHECK(field->echoMode() == QLineEdit::Password);
    CHECK(remember->isEnabled());
    CHECK(remember->isChecked());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    field->setText(QStringLiteral("pw"));
    CHECK(ok->isEnabled());
    CHECK(dialog.remember());

    dialog.setKeychainAvailable(false, PasswordStore::noKeychainMessage(QStringLiteral("no D-Bus")));
    dialog.show();
    CHECK_FALSE(remember->isEnabled());
    CHECK_FALSE(remember->isChecked());
    CHECK_FALSE(dialog.remember());
    CHECK(note->isVisible());
    CHECK(note->text().contains(QStringLiteral("No system keychain is reachable (no D-Bus)")));
}

TEST_CASE("the password dialog's texts follow the interface language", "[password][language]")
{
    PasswordDialog dialog(test::ownConnection(QStringLiteral("ui-language")));
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
    CHECK(dialog.windowTitle() == QStringLiteral("Server Password"));
    CHECK(remember->text() == QStringLiteral("&Remember in the keychain"));
    test::MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    CHECK(dialog.windowTitle() == QStringLiteral("[Server Password]"));
    CHECK(remember->text() == QStringLiteral("[&Remember in the keychain]"));
    QCoreApplication::removeTranslator(&marking);
    CHECK(dialog.windowTitle() == QStringLiteral("Server Password"));
}

TEST_CASE("a request asks once, remembers in the keychain, then answers from it without a dialog", "[password]")
{
    const ConnectionIdentity id = test::ownConnection(QStringLiteral("ui-request"));
    const QString password = QStringLiteral("typed-in-Dialog-7");
    RequestWindow w;
    QWidget &window = w.window;
    std::optional<PasswordRequest::Answer> &answer = w.answer;
    w.request(id);
    CHECK_FALSE(answer); // nothing waits: the keychain answers later
    PasswordDialog *dialog = openDialog(window);
    REQUIRE(dialog);
    CHECK(dialog->windowModality() == Qt::WindowModal); // open(), not exec()
    auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
    CHECK(remember->isEnabled());
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(w.answered());
    CHECK(answer->given);
    CHECK(answer->password == password);
    INFO(answer->notice.toStdString());
    CHECK(answer->notice.isEmpty());

    const PasswordStore::Result stored
        = test::waitForKeychain([&id](PasswordStore &s, PasswordStore::Callback done) { s.read(id, std::move(done)); });
    CHECK(stored.status == PasswordStore::Status::Ok);
    CHECK(stored.password == password);

    // The second time the keychain answers and no dialog opens.
    test::waitFor([&window] { return !window.findChild<PasswordDialog *>(); }, 5000);
    w.request(id);
    REQUIRE(w.answered());
    CHECK(answer->password == password);
    CHECK(answer->source == PasswordLookup::Source::Keychain);
    CHECK_FALSE(window.findChild<PasswordDialog *>());

    // A refused password asks again even though one is stored, and says why; Cancel gives none.
    w.request(id, QStringLiteral("The server refused the password."));
    dialog = openDialog(window);
    REQUIRE(dialog);
    bool reasonShown = false;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        reasonShown = reasonShown
            || (label->isVisible() && label->text() == QStringLiteral("The server refused the password."));
    CHECK(reasonShown);
    dialog->reject();
    REQUIRE(w.answered());
    CHECK_FALSE(answer->given);

    // Asked again after a refusal, the user gives another password without "Remember":
    // the refused one leaves the keychain.
    w.request(id, QStringLiteral("The server refused the password."));
    dialog = openDialog(window);
    REQUIRE(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("not-remembered"));
    dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(false);
    dialog->accept();
    REQUIRE(w.answered());
    CHECK(answer->password == QStringLiteral("not-remembered"));
    CHECK(test::waitForKeychain([&id](PasswordStore &s, PasswordStore::Callback done) {
        s.read(id, std::move(done));
    }).status
        == PasswordStore::Status::NotFound);
}

// Run by the ctest entry test_ui_password_nokeychain only: no session bus at all.
TEST_CASE("with no keychain the dialog asks, says why, and offers no Remember", "[.][nokeychain]")
{
    const ConnectionIdentity id = test::ownConnection(QStringLiteral("ui-nokeychain"));
    const QString password = QStringLiteral("asked-each-Time-6");
    RequestWindow w;
    QWidget &window = w.window;
    std::optional<PasswordRequest::Answer> &answer = w.answer;
    w.request(id);
    PasswordDialog *dialog = openDialog(window);
    REQUIRE(dialog);
    auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("keychainNote"));
    CHECK_FALSE(remember->isEnabled());
    CHECK_FALSE(remember->isChecked());
    CHECK(note->isVisible());
    CHECK(note->text().contains(QStringLiteral("No system keychain is reachable")));
    CHECK(note->text().contains(QStringLiteral("asks for it each time")));
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    dialog->accept();
    REQUIRE(w.answered());
    CHECK(answer->given);
    CHECK(answer->password == password);
    CHECK(test::homeFilesContaining(password.toUtf8()).isEmpty());
}
