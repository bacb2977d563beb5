// The two implementations of table_copy::Connection.
#pragma once

#include "storage/table_copy/connection.hpp"

namespace cps::storage::table_copy {

using Missing = Connection::Missing;
Result<std::unique_ptr<Connection>> open_sqlite(const DatabaseUrl& url, Missing missing);
Result<std::unique_ptr<Connection>> open_postgres(const DatabaseUrl& url);

}  // namespace cps::storage::table_copy
