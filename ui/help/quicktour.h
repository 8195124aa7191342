// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QPushButton;

namespace rd {

class TourHighlight;

/// Help ▸ Quick Tour: a balloon that walks through a few parts of the window, one step at a
/// time. Each step frames its part (TourHighlight) and shows the balloon beside it with a title,
/// a short text, "Step n of N" and Back / Next (Finish on the last) / Skip; Esc skips too. The
/// balloon is a child of the window placed by hand, so it follows the window as it moves and
/// resizes and needs no window of its own.
class QuickTour : public QFrame
{
    Q_OBJECT
public:
    struct Step
    {
        QPointer<QWidget> target; ///< the part of the window framed (visible once `prepare` ran)
        QString title;
        QString text;
        std::function<void()> prepare; ///< brings the target into view, e.g. raises its dock; may be empty
    };

    QuickTour(QWidget *window, QList<Step> steps);
    ~QuickTour() override;

    /// Shows the first step (again, if the tour was running).
    void start();
    /// The next step, or the end of the tour after the last.
    void next();
    /// The previous step; nothing on the first.
    void back();
    /// Ends the tour wherever it is (Skip, Esc).
    void skip();

    bool isRunning() const { return m_step >= 0; }
    /// 0-based index of the step shown, or -1 when the tour is not running.
    int currentStep() const { return m_step; }
    int stepCount() const { return int(m_steps.size()); }
    /// The widget the current step frames, or nullptr.
    QWidget *currentTarget() const;

signals:
    /// The tour ended: finished or skipped.
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void showStep();
    void place();
    void fitHeight();
    void end();

    QWidget *m_window;
    QList<Step> m_steps;
    int m_step = -1;
    TourHighlight *m_highlight;
    QLabel *m_title;
    QLabel *m_counter;
    QLabel *m_text;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_skip;
    QAction *m_escape;
};

} // namespace rd
