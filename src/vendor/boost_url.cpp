// Boost 1.81 ships Boost.URL as headers to compile into exactly one translation unit.
#include <boost/url/src.hpp>
