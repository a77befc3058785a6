#pragma once

namespace lx::ledger {

// How a process opens the embedded ledger. One writer at a time (it holds
// the consortium's writer lock and may append, commit and repair); any
// number of readers, in other processes too, that never write a byte.
enum class Access { ReadWrite, ReadOnly };

} // namespace lx::ledger
