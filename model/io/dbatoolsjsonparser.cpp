// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/dbatoolsjsonparser.h"

#include <utility>
#include <vector>

namespace rd {
namespace {

/// One parsed JSON value of a record; numbers keep their text. Only one record's tree is held.
struct Node
{
    DbatoolsValue::Kind kind = DbatoolsValue::Kind::Null;
    bool array = false; ///< an array (items); an Object kind without it is an object (members)
    QString text;
    QStringList keys;          ///< an object's member names, in order
    std::vector<Node> members; ///< and their values (a vector of pairs would need Node complete)
    std::vector<Node> items;
    int line = 0;
    int column = 0;
};

/// Thrown inside the parser only; parse() turns it into a DbatoolsParseError.
struct Failure
{
    DbatoolsParseError error;
};

bool isNumberChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '+' || u == '-' || u == '.';
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

/// JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(QStringView t)
{
    qsizetype i = 0;
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < t.size() && t[i] >= u'0' && t[i] <= u'9')
            ++i;
        return i > from;
    };
    if (i < t.size() && t[i] == u'-')
        ++i;
    if (i < t.size() && t[i] == u'0')
        ++i;
    else if (!digits())
        return false;
    if (i < t.size() && t[i] == u'.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < t.size() && (t[i] == u'e' || t[i] == u'E')) {
        ++i;
        if (i < t.size() && (t[i] == u'+' || t[i] == u'-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == t.size();
}

class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text) {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() { skipSpace(); return m_pos >= m_text.size(); }
    QChar peek() { skipSpace(); return m_pos < m_text.size() ? m_text[m_pos] : QChar(); }
    void expect(QChar c, const QString &what)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            fail(truncated(what));
        if (m_text[m_pos] != c)
            fail(DbatoolsJsonParser::tr("expected %1, found %2").arg(what, found()));
        advance();
    }
    void advance() { ++m_pos; }

    [[noreturn]] void fail(const QString &message, const QString &field = {}) const
    {
        throw Failure{{message, m_line, int(m_pos - m_lineStart) + 1, field}};
    }
    [[noreturn]] void failAt(int line, int column, const QString &message, const QString &field) const
    {
        throw Failure{{message, line, column, field}};
    }
    QString truncated(const QString &what) const
    {
        return DbatoolsJsonParser::tr("the file ends where %1 was expected (is it complete?)").arg(what);
    }
    /// What is at the current position, for messages.
    QString found() const
    {
        if (m_pos >= m_text.size())
            return DbatoolsJsonParser::tr("the end of the file");
        return QStringLiteral("\"%1\"").arg(m_text.mid(m_pos, 1).toString());
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u'\n') {
                ++m_pos;
                ++m_line;
                m_lineStart = m_pos;
            } else if (c == u' ' || c == u'\t' || c == u'\r') {
                ++m_pos;
            } else {
                return;
            }
        }
    }

    Node value(int depth, const QString &field)
    {
        skipSpace();
        Node n;
        n.line = m_line;
        n.column = int(m_pos - m_lineStart) + 1;
        if (m_pos >= m_text.size())
            fail(truncated(DbatoolsJsonParser::tr("a value")), field);
        if (depth > DbatoolsJsonParser::MaxDepth)
            fail(DbatoolsJsonParser::tr("values nested deeper than %1 levels: not a dbatools export").arg(DbatoolsJsonParser::MaxDepth),
                 field);
        const QChar c = m_text[m_pos];
        if (c == u'{') {
            n.kind = DbatoolsValue::Kind::Object;
            advance();
            if (peek() == u'}') {
                advance();
                return n;
            }
            for (;;) {
                skipSpace();
                if (peek() != u'"')
                    fail(m_pos >= m_text.size() ? truncated(DbatoolsJsonParser::tr("a property name"))
                                                : DbatoolsJsonParser::tr("expected a property name in quotes, found %1").arg(found()));
                QString key = string();
                expect(u':', QStringLiteral("\":\""));
                Node member = value(depth + 1, key);
                n.keys << key;
                n.members.push_back(std::move(member));
                if (peek() == u',') {
                    advance();
                    continue;
                }
                expect(u'}', DbatoolsJsonParser::tr("\",\" or \"}\""));
                return n;
            }
        }
        if (c == u'[') {
            n.kind = DbatoolsValue::Kind::Object;
            n.array = true;
            advance();
            if (peek() == u']') {
                advance();
                return n;
            }
            for (;;) {
                n.items.push_back(value(depth + 1, field));
                if (peek() == u',') {
                    advance();
                    continue;
                }
                expect(u']', DbatoolsJsonParser::tr("\",\" or \"]\""));
                return n;
            }
        }
        if (c == u'"') {
            n.kind = DbatoolsValue::Kind::String;
            n.text = string();
            return n;
        }
        // A number or a literal: everything up to the next delimiter, judged whole, so that an
        // LSN with a letter is named as such rather than as a stray character after a number.
        const qsizetype from = m_pos;
        while (m_pos < m_text.size() && isNumberChar(m_text[m_pos]))
            ++m_pos;
        const QStringView token = m_text.sliced(from, m_pos - from);
        if (token.isEmpty())
            fail(DbatoolsJsonParser::tr("expected a value, found %1").arg(found()), field);
        if (token == u"true" || token == u"false") {
            n.kind = DbatoolsValue::Kind::Bool;
            n.text = token.toString();
        } else if (token == u"null") {
            n.kind = DbatoolsValue::Kind::Null;
        } else if (isJsonNumber(token)) {
            n.kind = DbatoolsValue::Kind::Number;
            n.text = token.toString();
        } else {
            failAt(n.line, n.column,
                   DbatoolsJsonParser::tr("\"%1\" is not a JSON value (a number, true, false or null)")
                       .arg(token.first(qMin<qsizetype>(40, token.size())).toString()),
                   field);
        }
        return n;
    }

    /// A string at the current '"', unescaped.
    QString string()
    {
        advance(); // the opening quote
        QString out;
        for (;;) {
            if (m_pos >= m_text.size())
                fail(DbatoolsJsonParser::tr("the file ends inside a string (is it complete?)"));
            const QChar c = m_text[m_pos];
            if (c == u'"') {
                advance();
                return out;
            }
            if (c.unicode() < 0x20)
                fail(DbatoolsJsonParser::tr("a control character (U+%1) inside a string: JSON escapes them")
                         .arg(c.unicode(), 4, 16, QLatin1Char('0')));
            if (c != u'\\') {
                out += c;
                advance();
                continue;
            }
            advance();
            if (m_pos >= m_text.size())
                fail(DbatoolsJsonParser::tr("the file ends inside a string (is it complete?)"));
            const QChar e = m_text[m_pos];
            advance();
            switch (e.unicode()) {
            case '"': out += u'"'; break;
            case '\\': out += u'\\'; break;
            case '/': out += u'/'; break;
            case 'b': out += u'\b'; break;
            case 'f': out += u'\f'; break;
            case 'n': out += u'\n'; break;
            case 'r': out += u'\r'; break;
            case 't': out += u'\t'; break;
            case 'u': {
                if (m_pos + 4 > m_text.size())
                    fail(DbatoolsJsonParser::tr("the file ends inside a \\u escape"));
                char16_t code = 0;
                for (qsizetype i = m_pos; i < m_pos + 4; ++i) {
                    const int digit = hexDigit(m_text[i]);
                    if (digit < 0)
                        fail(DbatoolsJsonParser::tr("\\u must be followed by four hexadecimal digits"));
                    code = char16_t(code * 16 + digit);
                }
                out += QChar(code);
                m_pos += 4;
                break;
            }
            default:
                --m_pos;
                fail(DbatoolsJsonParser::tr("\"\\%1\" is not a JSON escape").arg(e));
            }
        }
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

DbatoolsValue valueOf(const QString &name, const Node &n)
{
    DbatoolsValue v;
    v.name = name;
    v.kind = n.kind;
    v.text = n.text;
    v.line = n.line;
    v.column = n.column;
    if (n.array) {
        bool strings = true;
        for (const Node &item : n.items)
            strings = strings && item.kind == DbatoolsValue::Kind::String;
        if (strings) {
            v.kind = DbatoolsValue::Kind::List;
            for (const Node &item : n.items)
                v.items << item.text;
        }
    }
    return v;
}

/// A member of a FileList entry, by case-folded name; nullptr when absent.
const Node *member(const Node &object, QLatin1StringView name)
{
    for (qsizetype i = 0; i < object.keys.size(); ++i)
        if (object.keys[i].compare(name, Qt::CaseInsensitive) == 0)
            return &object.members[size_t(i)];
    return nullptr;
}

DbatoolsFileEntry fileEntry(const Node &o)
{
    DbatoolsFileEntry f;
    f.line = o.line;
    f.column = o.column;
    const auto text = [&](QLatin1StringView name) {
        const Node *m = member(o, name);
        return m && (m->kind == DbatoolsValue::Kind::String || m->kind == DbatoolsValue::Kind::Number) ? m->text : QString();
    };
    const auto flag = [&](QLatin1StringView name) -> std::optional<bool> {
        const Node *m = member(o, name);
        if (!m)
            return std::nullopt;
        if (m->text.compare(u"true", Qt::CaseInsensitive) == 0 || m->text == u"1")
            return true;
        if (m->text.compare(u"false", Qt::CaseInsensitive) == 0 || m->text == u"0")
            return false;
        return std::nullopt;
    };
    f.logicalName = text(QLatin1StringView("LogicalName"));
    f.physicalName = text(QLatin1StringView("PhysicalName"));
    f.type = text(QLatin1StringView("Type"));
    f.filegroup = text(QLatin1StringView("FileGroupName"));
    f.fileId = text(QLatin1StringView("FileId")).toLongLong();
    f.sizeBytes = text(QLatin1StringView("Size")).toLongLong();
    f.readOnly = flag(QLatin1StringView("IsReadOnly"));
    f.present = flag(QLatin1StringView("IsPresent")).value_or(true);
    return f;
}

/// FileList as ConvertTo-Json wrote it: an array of file objects (or one object) becomes the
/// list; the DataTable dbatools keeps (Get-DbaDbBackupHistory's FileList) is written as its own
/// properties with "Rows" as the text "System.Data.DataRow …", which holds no file.
void readFileList(const Node &n, DbatoolsRecord *r)
{
    if (n.kind == DbatoolsValue::Kind::Null)
        return;
    const bool oneFile = !n.array && n.kind == DbatoolsValue::Kind::Object && member(n, QLatin1StringView("LogicalName"));
    if (n.array || oneFile) {
        QList<DbatoolsFileEntry> files;
        if (oneFile)
            files << fileEntry(n);
        for (const Node &item : n.items) {
            if (item.kind != DbatoolsValue::Kind::Object || item.array || !member(item, QLatin1StringView("LogicalName"))) {
                r->fileListUnreadable = DbatoolsJsonParser::tr("an entry of FileList (line %1) is not a file with a LogicalName")
                                            .arg(item.line);
                return;
            }
            files << fileEntry(item);
        }
        r->fileList = files;
        return;
    }
    if (n.kind == DbatoolsValue::Kind::Object && (member(n, QLatin1StringView("Rows")) || member(n, QLatin1StringView("Columns"))))
        r->fileListUnreadable = DbatoolsJsonParser::tr("ConvertTo-Json writes FileList, a DataTable, as the table's own "
                                                       "properties, without its rows");
    else
        r->fileListUnreadable = DbatoolsJsonParser::tr("FileList is not a list of files");
}

DbatoolsRecord recordOf(const Node &object)
{
    DbatoolsRecord r;
    r.line = object.line;
    r.column = object.column;
    for (qsizetype i = 0; i < object.keys.size(); ++i) {
        const QString &key = object.keys[i];
        const Node &n = object.members[size_t(i)];
        const QString folded = key.toCaseFolded();
        if (r.values.contains(folded))
            continue; // the same name twice (in another case): the first one counts
        if (folded == u"filelist") {
            r.values.insert(folded, valueOf(key, n));
            readFileList(n, &r);
            continue;
        }
        r.values.insert(folded, valueOf(key, n));
        if (n.kind == DbatoolsValue::Kind::Object && !n.array)
            for (qsizetype j = 0; j < n.keys.size(); ++j)
                r.values.insert(folded + u'.' + n.keys[j].toCaseFolded(), valueOf(key + u'.' + n.keys[j], n.members[size_t(j)]));
    }
    return r;
}

} // namespace

bool DbatoolsJsonParser::parse(QStringView text, const RecordHandler &handler, DbatoolsParseError *error)
{
    Scanner s(text);
    try {
        const QChar first = s.peek();
        if (first == u'{') {
            const Node object = s.value(0, {});
            if (!s.atEnd())
                s.fail(tr("text after the end of the object"));
            return handler(recordOf(object), s.pos());
        }
        if (first != u'[')
            s.fail(s.atEnd() ? tr("the file is empty")
                             : tr("expected the \"[\" of an array of backups or the \"{\" of one, found %1").arg(s.found()));
        s.advance();
        if (s.peek() == u']') {
            s.advance();
        } else {
            for (;;) {
                if (s.peek() != u'{') {
                    if (s.atEnd())
                        s.fail(s.truncated(tr("a backup (\"{\")")));
                    s.fail(tr("expected a backup (\"{\"), found %1").arg(s.found()));
                }
                const Node object = s.value(1, {});
                if (!handler(recordOf(object), s.pos()))
                    return false;
                if (s.peek() == u',') {
                    s.advance();
                    continue;
                }
                s.expect(u']', tr("\",\" or \"]\""));
                break;
            }
        }
        if (!s.atEnd())
            s.fail(tr("text after the end of the array"));
        return true;
    } catch (const Failure &f) {
        *error = f.error;
        return false;
    }
}

} // namespace rd
