// How serious a warning is, shared by every model's hazards and notes.
#pragma once

namespace chem {

enum class WarningLevel { note, caution, danger };

}  // namespace chem
