// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/help/quicktour.h"

#include "ui/help/tourhighlight.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {
namespace {
constexpr int BalloonWidth = 340;
constexpr int Gap = 12; ///< between the framed part and the balloon, and from the window's edge
} // namespace

QuickTour::QuickTour(QWidget *window, QList<Step> steps)
    : QFrame(window), m_window(window), m_steps(std::move(steps)), m_highlight(new TourHighlight(window)),
      m_title(new QLabel), m_counter(new QLabel), m_text(new QLabel), m_back(new QPushButton(tr("&Back"))),
      m_next(new QPushButton(tr("&Next"))), m_skip(new QPushButton(tr("Skip"))), m_escape(new QAction(tr("Skip Tour"), window))
{
    setObjectName(QStringLiteral("quickTour"));
    // A balloon: the tooltip's colours inside the highlight's border (paintEvent), so it reads as a
    // note on the window, not as a part of it.
    setAttribute(Qt::WA_NoSystemBackground);
    QPalette text = palette();
    text.setColor(QPalette::WindowText, text.color(QPalette::ToolTipText));
    setPalette(text);
    setFixedWidth(BalloonWidth);

    m_title->setObjectName(QStringLiteral("quickTourTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_counter->setObjectName(QStringLiteral("quickTourCounter"));
    m_text->setObjectName(QStringLiteral("quickTourText"));
    m_text->setWordWrap(true);
    m_back->setObjectName(QStringLiteral("quickTourBack"));
    m_next->setObjectName(QStringLiteral("quickTourNext"));
    m_skip->setObjectName(QStringLiteral("quickTourSkip"));
    m_skip->setToolTip(tr("End the tour (Esc); Help ▸ Quick Tour shows it again"));
    m_next->setDefault(true);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_counter, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addLayout(head);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &QuickTour::back);
    connect(m_next, &QPushButton::clicked, this, &QuickTour::next);
    connect(m_skip, &QPushButton::clicked, this, &QuickTour::skip);
    // Esc anywhere in the window while the tour runs; disabled otherwise, so it takes no key from others.
    m_escape->setObjectName(QStringLiteral("quickTourSkipAction"));
    m_escape->setShortcut(QKeySequence(Qt::Key_Escape));
    m_escape->setShortcutContext(Qt::WindowShortcut);
    m_escape->setEnabled(false);
    connect(m_escape, &QAction::triggered, this, &QuickTour::skip);
    window->addAction(m_escape);
    window->installEventFilter(this);
    hide();
}

QuickTour::~QuickTour() = default;

void QuickTour::start()
{
    if (m_steps.isEmpty())
        return;
    m_step = 0;
    m_escape->setEnabled(true);
    showStep();
}

void QuickTour::next()
{
    if (!isRunning())
        return;
    if (m_step + 1 >= m_steps.size()) {
        end();
        return;
    }
    ++m_step;
    showStep();
}

void QuickTour::back()
{
    if (!isRunning() || m_step == 0)
        return;
    --m_step;
    showStep();
}

void QuickTour::skip()
{
    if (isRunning())
        end();
}

QWidget *QuickTour::currentTarget() const
{
    return isRunning() ? m_steps[m_step].target.data() : nullptr;
}

void QuickTour::end()
{
    if (QWidget *target = currentTarget())
        target->removeEventFilter(this);
    m_step = -1;
    m_escape->setEnabled(false);
    m_highlight->hide();
    hide();
    emit finished();
}

void QuickTour::showStep()
{
    for (const Step &s : std::as_const(m_steps))
        if (s.target)
            s.target->removeEventFilter(this);
    const Step &step = m_steps[m_step];
    if (step.prepare)
        step.prepare();
    if (step.target)
        step.target->installEventFilter(this); // follow it when its dock is resized or moved
    m_title->setText(step.title);
    m_counter->setText(tr("Step %1 of %2").arg(m_step + 1).arg(m_steps.size()));
    m_text->setText(step.text);
    m_back->setEnabled(m_step > 0);
    m_next->setText(m_step + 1 == m_steps.size() ? tr("&Finish") : tr("&Next"));
    show();
    place();
    m_next->setFocus(Qt::OtherFocusReason);
}

void QuickTour::place()
{
    QWidget *target = currentTarget();
    if (!target || !target->isVisible()) {
        m_highlight->hide();
        fitHeight();
        move((m_window->width() - width()) / 2, (m_window->height() - height()) / 2);
        raise();
        return;
    }
    const QRect area(target->mapTo(m_window, QPoint(0, 0)), target->size());
    m_highlight->frame(area);
    fitHeight();
    const QRect bounds = m_window->rect().adjusted(Gap, Gap, -Gap, -Gap);
    const QSize size = this->size();
    const int y = qBound(bounds.top(), area.top() + Gap, bounds.bottom() - size.height());
    const int x = qBound(bounds.left(), area.left() + Gap, bounds.right() - size.width());
    // Beside the part when there is room (right, left, below, above), else over its top-left corner.
    const QRect candidates[] = {
        QRect(QPoint(area.right() + Gap, y), size), QRect(QPoint(area.left() - Gap - size.width(), y), size),
        QRect(QPoint(x, area.bottom() + Gap), size), QRect(QPoint(x, area.top() - Gap - size.height()), size)};
    QRect chosen(QPoint(x, y), size);
    for (const QRect &c : candidates) {
        if (bounds.contains(c)) {
            chosen = c;
            break;
        }
    }
    move(chosen.topLeft());
    raise();
}

void QuickTour::fitHeight()
{
    // The texts wrap at the fixed width: the height follows from it, not from sizeHint().
    layout()->activate();
    setFixedHeight(layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(BalloonWidth) : sizeHint().height());
}

void QuickTour::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    p.setBrush(palette().color(QPalette::ToolTipBase));
    p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 8, 8);
}

bool QuickTour::eventFilter(QObject *watched, QEvent *event)
{
    if (isRunning()) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Move:
        case QEvent::Show:
        case QEvent::Hide:
            place();
            break;
        default: break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace rd
