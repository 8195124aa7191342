// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/dbatoolsclixmlparser.h"

#include <QHash>
#include <QIODevice>
#include <QXmlStreamReader>

#include <memory>

namespace rd {
namespace {

/// An <Obj> as read: what a property, a list entry or a later <Ref> makes of it.
struct CliObject
{
    QStringList types;
    std::optional<QString> toString;
    int toStringLine = 0;
    int toStringColumn = 0;
    std::optional<QStringList> list;        ///< <LST>, <IE>, <STK>, <QUE> of strings
    QList<std::shared_ptr<const CliObject>> listObjects; ///< the objects in that list (FileList's files)
    DbatoolsRecord record;                   ///< its properties (<Props>, <MS>)
    int line = 0;
    int column = 0;
};

struct Failure
{
    DbatoolsParseError error;
};

class Reader
{
public:
    explicit Reader(QIODevice *device) : m_xml(device) {}

    QXmlStreamReader m_xml;
    QHash<QString, QStringList> m_types;                          ///< <TN RefId> → type names
    QHash<QString, std::shared_ptr<const CliObject>> m_objects;   ///< <Obj RefId> → the object

    int line() const { return int(m_xml.lineNumber()); }
    int column() const { return int(m_xml.columnNumber()) + 1; }

    [[noreturn]] void fail(const QString &message, const QString &field = {})
    {
        throw Failure{{message, line(), column(), field}};
    }

    /// The next start or end element, or fails on an XML error (a truncated file among them).
    QXmlStreamReader::TokenType next()
    {
        for (;;) {
            const QXmlStreamReader::TokenType t = m_xml.readNext();
            if (t == QXmlStreamReader::Invalid)
                xmlError();
            if (t == QXmlStreamReader::StartElement || t == QXmlStreamReader::EndElement || t == QXmlStreamReader::EndDocument)
                return t;
        }
    }
    [[noreturn]] void xmlError()
    {
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            fail(DbatoolsCliXmlParser::tr("the file ends before its last element is closed (is it complete?)"));
        fail(DbatoolsCliXmlParser::tr("not well-formed XML: %1").arg(m_xml.errorString()));
    }
    /// The text of the current element, which holds no elements.
    QString text()
    {
        const QString t = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (m_xml.hasError())
            xmlError();
        return t;
    }
    void skip()
    {
        m_xml.skipCurrentElement();
        if (m_xml.hasError())
            xmlError();
    }
    QString attribute(QLatin1StringView name) const { return m_xml.attributes().value(name).toString(); }

    std::shared_ptr<const CliObject> referenced(const QString &field)
    {
        const QString id = attribute(QLatin1StringView("RefId"));
        const auto it = m_objects.constFind(id);
        if (it == m_objects.cend())
            fail(DbatoolsCliXmlParser::tr("<Ref RefId=\"%1\"> names no object given before it").arg(id), field);
        skip();
        return *it;
    }

    /// Reads the <Obj> whose start element is current, to its end element.
    std::shared_ptr<const CliObject> object(int depth, const QString &field)
    {
        if (depth > DbatoolsCliXmlParser::MaxDepth)
            fail(DbatoolsCliXmlParser::tr("objects nested deeper than %1 levels: not a dbatools export")
                     .arg(DbatoolsCliXmlParser::MaxDepth), field);
        auto o = std::make_shared<CliObject>();
        o->line = line();
        o->column = column();
        const QString refId = attribute(QLatin1StringView("RefId"));
        while (next() == QXmlStreamReader::StartElement) {
            const QStringView tag = m_xml.name();
            if (tag == u"TN") {
                const QString id = attribute(QLatin1StringView("RefId"));
                QStringList names;
                while (next() == QXmlStreamReader::StartElement) {
                    if (m_xml.name() == u"T")
                        names << text();
                    else
                        skip();
                }
                m_types.insert(id, names);
                o->types = names;
            } else if (tag == u"TNRef") {
                const QString id = attribute(QLatin1StringView("RefId"));
                const auto it = m_types.constFind(id);
                if (it == m_types.cend())
                    fail(DbatoolsCliXmlParser::tr("<TNRef RefId=\"%1\"> names no type list given before it").arg(id), field);
                o->types = *it;
                skip();
            } else if (tag == u"ToString") {
                o->toStringLine = line();
                o->toStringColumn = column();
                o->toString = text();
            } else if (tag == u"Props" || tag == u"MS") {
                while (next() == QXmlStreamReader::StartElement)
                    property(depth, &o->record);
            } else if (tag == u"LST" || tag == u"IE" || tag == u"STK" || tag == u"QUE") {
                QStringList items;
                while (next() == QXmlStreamReader::StartElement) {
                    const QStringView item = m_xml.name();
                    if (item == u"Obj")
                        o->listObjects << object(depth + 1, field);
                    else if (item == u"Ref")
                        o->listObjects << referenced(field);
                    else if (item == u"Nil")
                        skip();
                    else
                        items << text();
                }
                o->list = items;
            } else if (tag == u"Obj" || tag == u"Ref") {
                (void)(tag == u"Obj" ? object(depth + 1, field) : referenced(field)); // a base object: nothing of ours
            } else if (!o->toString && tag != u"DCT") {
                // A primitive object's own value (<S>, <I32> of an enumeration).
                o->toStringLine = line();
                o->toStringColumn = column();
                o->toString = text();
            } else {
                skip();
            }
        }
        if (!refId.isEmpty())
            m_objects.insert(refId, o);
        return o;
    }

    /// Reads the property element that is current into `record`.
    void property(int depth, DbatoolsRecord *record)
    {
        const QString name = attribute(QLatin1StringView("N"));
        const QString folded = name.toCaseFolded();
        DbatoolsValue v;
        v.name = name;
        v.line = line();
        v.column = column();
        const QStringView tag = m_xml.name();
        if (name.isEmpty()) {
            skip();
            return;
        }
        if (tag == u"Nil") {
            v.kind = DbatoolsValue::Kind::Null;
            skip();
        } else if (tag == u"Obj" || tag == u"Ref") {
            const std::shared_ptr<const CliObject> o = tag == u"Obj" ? object(depth + 1, name) : referenced(name);
            if (folded == u"filelist") {
                QList<DbatoolsFileEntry> files;
                for (const std::shared_ptr<const CliObject> &f : o->listObjects)
                    files << fileEntry(*f);
                if (o->list)
                    record->fileList = files;
                else
                    record->fileListUnreadable = DbatoolsCliXmlParser::tr("FileList is not a list of files");
                v.kind = DbatoolsValue::Kind::Object;
            } else if (o->list) {
                v.kind = DbatoolsValue::Kind::List;
                v.items = *o->list;
            } else if (o->toString) {
                v.kind = DbatoolsValue::Kind::String;
                v.text = *o->toString;
                v.line = o->toStringLine;
                v.column = o->toStringColumn;
            } else {
                v.kind = DbatoolsValue::Kind::Object;
            }
            for (auto it = o->record.values.cbegin(); it != o->record.values.cend(); ++it) {
                DbatoolsValue sub = *it;
                sub.name = name + u'.' + sub.name;
                record->values.insert(folded + u'.' + it.key(), sub);
            }
        } else if (tag == u"B") {
            v.kind = DbatoolsValue::Kind::Bool;
            v.text = text().trimmed().toLower();
        } else {
            v.kind = DbatoolsValue::Kind::String;
            v.text = text();
        }
        if (!record->values.contains(folded))
            record->values.insert(folded, v);
    }

    static DbatoolsFileEntry fileEntry(const CliObject &o)
    {
        DbatoolsFileEntry f;
        f.line = o.line;
        f.column = o.column;
        const auto text = [&](const char *name) {
            const DbatoolsValue *v = o.record.find({name});
            return v ? v->text : QString();
        };
        const auto flag = [&](const char *name) -> std::optional<bool> {
            const QString t = text(name);
            if (t.compare(u"true", Qt::CaseInsensitive) == 0 || t == u"1")
                return true;
            if (t.compare(u"false", Qt::CaseInsensitive) == 0 || t == u"0")
                return false;
            return std::nullopt;
        };
        f.logicalName = text("logicalname");
        f.physicalName = text("physicalname");
        f.type = text("type");
        f.filegroup = text("filegroupname");
        f.fileId = text("fileid").toLongLong();
        f.sizeBytes = text("size").toLongLong();
        f.readOnly = flag("isreadonly");
        f.present = flag("ispresent").value_or(true);
        return f;
    }
};

bool isBackupHistory(const QStringList &types)
{
    for (const QString &t : types)
        if (t.endsWith(u"BackupHistory"))
            return true;
    return false;
}

} // namespace

bool DbatoolsCliXmlParser::parse(QIODevice *device, const RecordHandler &handler, DbatoolsParseError *error)
{
    Reader r(device);
    try {
        if (r.next() != QXmlStreamReader::StartElement)
            r.fail(tr("the file holds no XML element"));
        if (r.m_xml.name() != u"Objs")
            r.fail(tr("the root element is <%1>, not PowerShell CliXML's <Objs> (Export-CliXml)").arg(r.m_xml.name()));
        while (r.next() == QXmlStreamReader::StartElement) {
            const QStringView tag = r.m_xml.name();
            if (tag != u"Obj" && tag != u"Ref") {
                r.skip();
                continue;
            }
            const int line = r.line(), column = r.column();
            const std::shared_ptr<const CliObject> o = tag == u"Obj" ? r.object(0, {}) : r.referenced({});
            if (!isBackupHistory(o->types))
                throw Failure{{tr("an object of type %1, not a dbatools BackupHistory (Get-DbaDbBackupHistory)")
                                   .arg(o->types.value(0, tr("(none)"))),
                               line, column, {}}};
            DbatoolsRecord record = o->record;
            record.line = line;
            record.column = column;
            if (!handler(std::move(record), device->pos()))
                return false;
        }
        // Only the end of <Objs>: anything after it is an XML error the reader reports.
        while (r.m_xml.readNext() != QXmlStreamReader::EndDocument)
            if (r.m_xml.hasError())
                r.xmlError();
        return true;
    } catch (const Failure &f) {
        *error = f.error;
        return false;
    }
}

} // namespace rd
