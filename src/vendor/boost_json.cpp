// Boost.JSON is distributed as headers; its compiled part is built here, once.
#include <boost/json/src.hpp>
