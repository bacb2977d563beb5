#include "retrieval/stop_words.hpp"

#include <map>

namespace cps::retrieval {

std::string_view stop_words(std::string_view language) {
  static const std::map<std::string_view, std::string_view> lists = {
      {"en",
       "a an and are as at be been but by can for from had has have he her his how if in into "
       "is it its more most no not of on or our over she such than that the their them then "
       "there these they this those through to under was we were what when where which while "
       "who will with would you"},
      {"ro",
       "a ai al ale au ca care ce cea cei cele că cu cum dar de despre din doar după este fi "
       "fost fără iar la le lor mai nu o ori pe pentru prin până sau se sunt să și un una unei "
       "unor unui acest aceasta această aceste acestor acestei între în într"},
      {"sq",
       "a dhe e edhe i jo ka ku me mbi nga një në pa për prej që se si së ta te të tij saj tyre "
       "u do janë është ishte ose por kjo ky këtë këto deri tek"},
      {"hu",
       "a az azt aki ami amely amelyek annak az be csak de e egy ennek és ez ezt hogy illetve "
       "is meg még mely mint nem pedig sem vagy van volt lesz már által között után úgy így "
       "valamint"},
      {"el",
       "ο η το οι τα του της των τον την τους τις ένα ένας μια μία και ή να με σε για από στο "
       "στη στην στον στα στις στους στων που ως είναι ήταν δεν θα ότι αλλά μη ενώ κατά μετά "
       "προς όπως"},
      {"bg",
       "а и в във на за с със от по да се е са не към или че като но до това тази този тези "
       "които която който което при след между също ще бъде бе"},
      {"sl",
       "a ali bi bo da do ga h in iz je jih k kot ki med na ne o od pa po pri s se so tudi ter v "
       "z za že lahko"},
      {"hr",
       "a ali bi biti da do i iz je jer k kao koja koje koji li na ne o od po pri s sa se su što "
       "te u uz za će"},
      {"sr",
       "a ali bi biti da do i iz je jer k kao koja koje koji li na ne o od po pri s sa se su što "
       "te u uz za će"},
      {"sk",
       "a aj ako ale alebo by bol do ich je k ku na o od po pre pri s sa so sú tak to v vo z zo "
       "za že ktorý ktorá ktoré"},
      {"de",
       "der die das den dem des ein eine einer eines einem einen und oder in im am an auf für "
       "mit von vom zu zum zur ist sind war wird werden als auch nicht bei aus durch über nach "
       "sich es"},
      {"it",
       "il lo la i gli le un uno una di a da in con su per tra fra e o che è sono del dello "
       "della dei degli delle al allo alla ai agli alle nel nello nella nei negli nelle dal "
       "dalla dai sul sulla come anche non si più l d dell dall nell sull all un"},
      {"mk",
       "а и во на за со од по да се е не кон или што како но до ова оваа овој овие кои која "
       "кој кое при меѓу исто ќе биде ги го"},
  };
  auto it = lists.find(language);
  return it == lists.end() ? std::string_view{} : it->second;
}

}  // namespace cps::retrieval
