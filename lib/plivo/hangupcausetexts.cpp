// Plivo's hangup-cause descriptions (resources/hangup-causes.tsv) as translatable text, so the
// table stays data while the interface can explain a cause in the person's language.
// tst_hangupcauses checks that this list and the table agree.

#include "hangupcauses.h"

#include <QtGlobal>

const QList<const char *> &HangupCauses::translatableDescriptions()
{
    static const QList<const char *> texts{
            QT_TRANSLATE_NOOP("HangupCauses", "Hangup reason could not be determined"),
            QT_TRANSLATE_NOOP("HangupCauses",
                              "Call canceled through the Hangup Call API before it was answered"),
            QT_TRANSLATE_NOOP("HangupCauses", "Account ran out of credits"),
            QT_TRANSLATE_NOOP("HangupCauses", "Simultaneous dial limit exceeded"),
            QT_TRANSLATE_NOOP("HangupCauses", "Destination number or endpoint is invalid"),
            QT_TRANSLATE_NOOP("HangupCauses", "Destination unavailable"),
            QT_TRANSLATE_NOOP("HangupCauses", "SIP endpoint not registered or unreachable"),
            QT_TRANSLATE_NOOP("HangupCauses", "Destination country disabled in geo permissions"),
            QT_TRANSLATE_NOOP("HangupCauses", "Premium-rate numbers disabled"),
            QT_TRANSLATE_NOOP("HangupCauses", "Prefix not permitted"),
            QT_TRANSLATE_NOOP("HangupCauses", "B-leg would dial the A-leg's own number"),
            QT_TRANSLATE_NOOP("HangupCauses", "India PSTN regulation violation"),
            QT_TRANSLATE_NOOP("HangupCauses", "Destination unavailable or unreachable"),
            QT_TRANSLATE_NOOP("HangupCauses", "Destination is busy"),
            QT_TRANSLATE_NOOP("HangupCauses", "Call rejected by the called party"),
            QT_TRANSLATE_NOOP("HangupCauses", "Non-Plivo number used as caller ID"),
            QT_TRANSLATE_NOOP("HangupCauses", "Destination rejected or blocked the call"),
            QT_TRANSLATE_NOOP("HangupCauses", "Destination invalid or out of service"),
            QT_TRANSLATE_NOOP("HangupCauses", "Carrier did not respond in time"),
            QT_TRANSLATE_NOOP("HangupCauses", "Carrier encountered an error"),
            QT_TRANSLATE_NOOP("HangupCauses", "Carrier network overloaded"),
            QT_TRANSLATE_NOOP("HangupCauses", "All destination endpoints busy"),
            QT_TRANSLATE_NOOP("HangupCauses", "Destination cannot or will not take part"),
            QT_TRANSLATE_NOOP("HangupCauses", "End user does not exist"),
            QT_TRANSLATE_NOOP("HangupCauses", "Carrier rejected the call as spam"),
            QT_TRANSLATE_NOOP("HangupCauses", "Caller ID is on a Do Not Originate list"),
            QT_TRANSLATE_NOOP("HangupCauses", "Call ended normally"),
            QT_TRANSLATE_NOOP("HangupCauses", "No more XML instructions to execute"),
            QT_TRANSLATE_NOOP("HangupCauses",
                              "Multiparty call ended through the API or its maximum duration"),
            QT_TRANSLATE_NOOP("HangupCauses", "Participant removed through the API"),
            QT_TRANSLATE_NOOP("HangupCauses", "Fatal network condition"),
            QT_TRANSLATE_NOOP("HangupCauses", "Plivo system error"),
            QT_TRANSLATE_NOOP("HangupCauses", "Could not route to the destination"),
            QT_TRANSLATE_NOOP("HangupCauses", "Maximum call duration reached (time_limit)"),
            QT_TRANSLATE_NOOP("HangupCauses", "Not answered within the ring timeout"),
            QT_TRANSLATE_NOOP("HangupCauses", "No media packets for 60 seconds"),
            QT_TRANSLATE_NOOP("HangupCauses", "Answer URL returned a non-2xx response"),
            QT_TRANSLATE_NOOP("HangupCauses", "Action URL returned a non-2xx response"),
            QT_TRANSLATE_NOOP("HangupCauses", "Transfer URL returned a non-2xx response"),
            QT_TRANSLATE_NOOP("HangupCauses", "Redirect URL returned a non-2xx response"),
            QT_TRANSLATE_NOOP("HangupCauses", "Action URL is not valid"),
            QT_TRANSLATE_NOOP("HangupCauses", "Transfer URL is not valid"),
            QT_TRANSLATE_NOOP("HangupCauses", "Redirect URL is not valid"),
            QT_TRANSLATE_NOOP("HangupCauses", "Unsupported HTTP method for the action URL"),
            QT_TRANSLATE_NOOP("HangupCauses", "Unsupported HTTP method for the transfer URL"),
            QT_TRANSLATE_NOOP("HangupCauses", "Unsupported HTTP method for the redirect URL"),
            QT_TRANSLATE_NOOP("HangupCauses", "Answer URL returned invalid XML"),
            QT_TRANSLATE_NOOP("HangupCauses", "Action URL returned invalid XML"),
            QT_TRANSLATE_NOOP("HangupCauses", "Transfer URL returned invalid XML"),
            QT_TRANSLATE_NOOP("HangupCauses", "Redirect URL returned invalid XML"),
            QT_TRANSLATE_NOOP("HangupCauses", "Another parallel B-leg answered first"),
            QT_TRANSLATE_NOOP("HangupCauses",
                              "Answered by an answering machine (machine_detection=hangup)"),
            QT_TRANSLATE_NOOP("HangupCauses", "Participant failed to enter the confirm key"),
    };
    return texts;
}
