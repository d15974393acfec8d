#include "commandoptions.h"

CommandOptions CommandOptions::read(const QStringList &arguments, const QStringList &flags)
{
    CommandOptions read;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"-h" || argument == u"--help") {
            read.help = true;
            continue;
        }
        if (!argument.startsWith(u"--") || argument.size() < 3) {
            read.errors.append(tr("Unexpected argument “%1”.").arg(argument));
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(u'=');
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
            if (flags.contains(name)) {
                read.errors.append(tr("The option “--%1” takes no value.").arg(name));
                continue;
            }
        } else if (flags.contains(name)) {
            // a flag: no value
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            read.errors.append(tr("The option “--%1” needs a value.").arg(name));
            continue;
        }
        read.options.append({name, value});
    }
    return read;
}
