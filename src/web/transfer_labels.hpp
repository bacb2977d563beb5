// What the transfers' codes are called on pages, in the UI languages: how far a transfer went
// and how the practice was taken over.
#pragma once

#include "domain/transfer/transfer.hpp"

namespace cps::web {

const char* transfer_status_label(transfer::TransferStatus s);
const char* transfer_mode_label(transfer::Mode m);

}  // namespace cps::web
