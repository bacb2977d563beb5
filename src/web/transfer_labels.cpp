// The transfers' labels (see transfer_labels.hpp).
#include "web/transfer_labels.hpp"

#include "i18n/catalogue.hpp"

namespace cps::web {

using i18n::N_;
using namespace cps::transfer;

const char* transfer_status_label(TransferStatus s) {
  switch (s) {
    case TransferStatus::considered: return N_("Considered");
    case TransferStatus::adopted: return N_("Adopted");
    case TransferStatus::piloted: return N_("Piloted");
    case TransferStatus::evaluated: return N_("Evaluated");
    case TransferStatus::abandoned: return N_("Abandoned");
  }
  return "";
}

const char* transfer_mode_label(Mode m) {
  switch (m) {
    case Mode::adapted: return N_("Adapted to the region");
    case Mode::as_is: return N_("Adopted as it is");
  }
  return "";
}

}  // namespace cps::web
