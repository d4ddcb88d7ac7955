#pragma once

#include "pullwriter.h"

#include <database.h>

#include <QScopeGuard>

#include <memory>
#include <optional>

namespace anchor::sync {

// The repository a pull writes through on its PullWriter's thread, shared by the work handed
// over (copies share one repository). It is made on first use, tuned for the pull
// (beginPull()), and keeps its prepared statements for the whole pull; exitWork() ends the
// tuning and drops it before the writer's connection goes, whatever endPull() says.
template <typename Repository>
class PullRepository
{
public:
    explicit PullRepository(storage::Database database)
        : m_state(std::make_shared<State>(State{std::move(database), std::nullopt}))
    {
    }

    // On the writer's thread only.
    Repository &get() const
    {
        if (!m_state->repository) {
            m_state->repository.emplace(m_state->database);
            m_state->repository->beginPull();
        }
        return *m_state->repository;
    }

    PullWriter::Work exitWork() const
    {
        return [state = m_state] {
            const auto drop = qScopeGuard([&state] { state->repository.reset(); });
            if (state->repository)
                state->repository->endPull();
        };
    }

private:
    struct State
    {
        storage::Database database;
        std::optional<Repository> repository;
    };
    std::shared_ptr<State> m_state;
};

} // namespace anchor::sync
