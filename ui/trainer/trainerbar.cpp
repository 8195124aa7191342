// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/trainer/trainerbar.h"

#include "model/document/projectdocument.h"
#include "model/simulation/availability.h"
#include "ui/designerstyle.h"
#include "ui/steptext.h"
#include "ui/viewstate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace rd {

TrainerBar::TrainerBar(ProjectDocument *document, ViewState *viewState, QWidget *parent)
    : QWidget(parent), m_document(document), m_viewState(viewState), m_previous(new QToolButton(this)),
      m_next(new QToolButton(this)), m_slider(new QSlider(Qt::Horizontal, this)), m_text(new QLabel(this)),
      m_trainerMode(new QAction(tr("&Trainer Mode"), this))
{
    m_trainerMode->setObjectName(QStringLiteral("trainerModeAction"));
    m_trainerMode->setCheckable(true);
    m_trainerMode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_trainerMode->setToolTip(tr("Walk through the plan step by step: the lanes show each filegroup's state "
                                 "(Ctrl+Shift+T)"));
    m_trainerMode->setStatusTip(m_trainerMode->toolTip());
    connect(m_trainerMode, &QAction::toggled, viewState, &ViewState::setTrainerMode);
    connect(viewState, &ViewState::trainerModeChanged, this, [this](bool on) {
        m_trainerMode->setChecked(on);
        setVisible(on);
    });
    m_trainerMode->setChecked(viewState->trainerMode());
    setVisible(viewState->trainerMode());
    setObjectName(QStringLiteral("trainerBar"));
    auto *previous = new QAction(style()->standardIcon(QStyle::SP_MediaSeekBackward), tr("Previous Step"), this);
    previous->setObjectName(QStringLiteral("previousStepAction"));
    previous->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
    previous->setShortcutContext(Qt::WindowShortcut);
    previous->setToolTip(tr("The state before this step (Alt+Left, Page Up)"));
    auto *next = new QAction(style()->standardIcon(QStyle::SP_MediaSeekForward), tr("Next Step"), this);
    next->setObjectName(QStringLiteral("nextStepAction"));
    next->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_PageDown)});
    next->setShortcutContext(Qt::WindowShortcut);
    next->setToolTip(tr("The state after the next step (Alt+Right, Page Down)"));
    m_previous->setDefaultAction(previous);
    m_next->setDefaultAction(next);
    m_slider->setObjectName(QStringLiteral("stepSlider"));
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setMaximumWidth(260);
    m_slider->setToolTip(tr("Walk through the plan: the lanes show each filegroup's state after the step"));
    m_text->setObjectName(QStringLiteral("trainerText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_previous);
    layout->addWidget(m_slider);
    layout->addWidget(m_next);
    layout->addWidget(m_text, 1);

    connect(previous, &QAction::triggered, this, [this] { step(-1); });
    connect(next, &QAction::triggered, this, [this] { step(+1); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) { m_viewState->setCurrentStep(value - 1); });
    connect(viewState, &ViewState::currentStepChanged, this, &TrainerBar::refresh);
    connect(viewState, &ViewState::currentPlanChanged, this, &TrainerBar::refresh);
    connect(document, &ProjectDocument::changed, this, &TrainerBar::refresh);
    refresh();
}

void TrainerBar::step(int delta)
{
    m_slider->setValue(m_slider->value() + delta); // bounded by the slider
}

void TrainerBar::refresh()
{
    const Project &project = m_document->project();
    const int plan = m_viewState->currentPlan();
    const bool hasPlan = plan >= 0 && plan < project.plans.size();
    const int steps = hasPlan ? int(project.plans[plan].steps.size()) : 0;
    const int at = qBound(0, m_viewState->currentStep() + 1, steps); // 0 = before the restore
    {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(0, steps);
        m_slider->setValue(at);
    }
    m_previous->setEnabled(at > 0);
    m_next->setEnabled(at < steps);
    if (!hasPlan) {
        m_text->setText(tr("No plan to walk through."));
        return;
    }
    const SimulationResult &sim = m_document->analysis().plan(plan).simulation;
    const StepState &state = at == 0 || at > sim.steps.size() ? sim.initial : sim.steps[at - 1];
    QString where = at == 0 ? tr("Before the restore")
                            : tr("After step %1 of %2 (%3)").arg(at).arg(steps).arg(StepText::statement(project.plans[plan].steps[at - 1]).toHtmlEscaped());
    if (at > 0 && state.outcome.refused())
        where += tr(", refused (%1)").arg(state.outcome.refusedBy.toHtmlEscaped());
    QStringList online;
    const QList<std::optional<int>> first = Availability::firstStepAvailable(sim);
    for (qsizetype g = 0; g < first.size(); ++g) {
        const QString name = sim.initial.filegroups[g].first.toHtmlEscaped();
        const QColor color = DesignerStyle::fileStateColor(state.filegroups.value(g).second);
        const QString when = !first[g] ? tr("not online at the end")
                             : *first[g] < 0 ? tr("online throughout")
                                             : tr("online after step %1").arg(*first[g] + 1);
        online << QStringLiteral("<font color=\"%1\">■</font> %2: %3").arg(color.name(), name, when);
    }
    m_text->setText(tr("<b>%1</b>: database %2. %3")
                        .arg(where, state.database == DatabaseState::None ? tr("absent") : toString(state.database),
                             online.join(QStringLiteral(" · "))));
}

} // namespace rd
