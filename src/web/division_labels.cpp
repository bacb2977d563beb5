#include "web/division_labels.hpp"

#include <utility>

namespace cps::web {

using i18n::N_;

namespace {

// The statistical classification's own titles (NACE Rev. 2), so that people find the words
// their national classification (CAEN, TEÁOR, STAKOD, NVE …) translates them with.
constexpr std::pair<std::string_view, const char*> kDivisions[] = {
    {"01", N_("Crop and animal production, hunting and related service activities")},
    {"02", N_("Forestry and logging")},
    {"03", N_("Fishing and aquaculture")},
    {"05", N_("Mining of coal and lignite")},
    {"06", N_("Extraction of crude petroleum and natural gas")},
    {"07", N_("Mining of metal ores")},
    {"08", N_("Other mining and quarrying")},
    {"09", N_("Mining support service activities")},
    {"10", N_("Manufacture of food products")},
    {"11", N_("Manufacture of beverages")},
    {"12", N_("Manufacture of tobacco products")},
    {"13", N_("Manufacture of textiles")},
    {"14", N_("Manufacture of wearing apparel")},
    {"15", N_("Manufacture of leather and related products")},
    {"16", N_("Manufacture of wood and of products of wood and cork, except furniture")},
    {"17", N_("Manufacture of paper and paper products")},
    {"18", N_("Printing and reproduction of recorded media")},
    {"19", N_("Manufacture of coke and refined petroleum products")},
    {"20", N_("Manufacture of chemicals and chemical products")},
    {"21", N_("Manufacture of basic pharmaceutical products and pharmaceutical preparations")},
    {"22", N_("Manufacture of rubber and plastic products")},
    {"23", N_("Manufacture of other non-metallic mineral products")},
    {"24", N_("Manufacture of basic metals")},
    {"25", N_("Manufacture of fabricated metal products, except machinery and equipment")},
    {"26", N_("Manufacture of computer, electronic and optical products")},
    {"27", N_("Manufacture of electrical equipment")},
    {"28", N_("Manufacture of machinery and equipment n.e.c.")},
    {"29", N_("Manufacture of motor vehicles, trailers and semi-trailers")},
    {"30", N_("Manufacture of other transport equipment")},
    {"31", N_("Manufacture of furniture")},
    {"32", N_("Other manufacturing")},
    {"33", N_("Repair and installation of machinery and equipment")},
    {"35", N_("Electricity, gas, steam and air conditioning supply")},
    {"36", N_("Water collection, treatment and supply")},
    {"37", N_("Sewerage")},
    {"38", N_("Waste collection, treatment and disposal activities; materials recovery")},
    {"39", N_("Remediation activities and other waste management services")},
    {"41", N_("Construction of buildings")},
    {"42", N_("Civil engineering")},
    {"43", N_("Specialised construction activities")},
    {"45", N_("Wholesale and retail trade and repair of motor vehicles and motorcycles")},
    {"46", N_("Wholesale trade, except of motor vehicles and motorcycles")},
    {"47", N_("Retail trade, except of motor vehicles and motorcycles")},
    {"49", N_("Land transport and transport via pipelines")},
    {"50", N_("Water transport")},
    {"51", N_("Air transport")},
    {"52", N_("Warehousing and support activities for transportation")},
    {"53", N_("Postal and courier activities")},
    {"55", N_("Accommodation")},
    {"56", N_("Food and beverage service activities")},
    {"58", N_("Publishing activities")},
    {"59", N_("Motion picture, video and television programme production, sound recording and music publishing")},
    {"60", N_("Programming and broadcasting activities")},
    {"61", N_("Telecommunications")},
    {"62", N_("Computer programming, consultancy and related activities")},
    {"63", N_("Information service activities")},
    {"64", N_("Financial service activities, except insurance and pension funding")},
    {"65", N_("Insurance, reinsurance and pension funding, except compulsory social security")},
    {"66", N_("Activities auxiliary to financial services and insurance activities")},
    {"68", N_("Real estate activities")},
    {"69", N_("Legal and accounting activities")},
    {"70", N_("Activities of head offices; management consultancy activities")},
    {"71", N_("Architectural and engineering activities; technical testing and analysis")},
    {"72", N_("Scientific research and development")},
    {"73", N_("Advertising and market research")},
    {"74", N_("Other professional, scientific and technical activities")},
    {"75", N_("Veterinary activities")},
    {"77", N_("Rental and leasing activities")},
    {"78", N_("Employment activities")},
    {"79", N_("Travel agency, tour operator and other reservation service and related activities")},
    {"80", N_("Security and investigation activities")},
    {"81", N_("Services to buildings and landscape activities")},
    {"82", N_("Office administrative, office support and other business support activities")},
    {"84", N_("Public administration and defence; compulsory social security")},
    {"85", N_("Education")},
    {"86", N_("Human health activities")},
    {"87", N_("Residential care activities")},
    {"88", N_("Social work activities without accommodation")},
    {"90", N_("Creative, arts and entertainment activities")},
    {"91", N_("Libraries, archives, museums and other cultural activities")},
    {"92", N_("Gambling and betting activities")},
    {"93", N_("Sports activities and amusement and recreation activities")},
    {"94", N_("Activities of membership organisations")},
    {"95", N_("Repair of computers and personal and household goods")},
    {"96", N_("Other personal service activities")},
    {"97", N_("Activities of households as employers of domestic personnel")},
    {"98", N_("Undifferentiated goods- and services-producing activities of private households for own use")},
    {"99", N_("Activities of extraterritorial organisations and bodies")},
};

constexpr std::pair<char, const char*> kSections[] = {
    {'A', N_("Agriculture, forestry and fishing")},
    {'B', N_("Mining and quarrying")},
    {'C', N_("Manufacturing")},
    {'D', N_("Electricity, gas, steam and air conditioning supply")},
    {'E', N_("Water supply; sewerage, waste management and remediation activities")},
    {'F', N_("Construction")},
    {'G', N_("Wholesale and retail trade; repair of motor vehicles and motorcycles")},
    {'H', N_("Transportation and storage")},
    {'I', N_("Accommodation and food service activities")},
    {'J', N_("Information and communication")},
    {'K', N_("Financial and insurance activities")},
    {'L', N_("Real estate activities")},
    {'M', N_("Professional, scientific and technical activities")},
    {'N', N_("Administrative and support service activities")},
    {'O', N_("Public administration and defence; compulsory social security")},
    {'P', N_("Education")},
    {'Q', N_("Human health and social work activities")},
    {'R', N_("Arts, entertainment and recreation")},
    {'S', N_("Other service activities")},
    {'T', N_("Activities of households as employers and for own use")},
    {'U', N_("Activities of extraterritorial organisations and bodies")},
};

}  // namespace

const char* division_label(std::string_view division) {
  for (const auto& [code, label] : kDivisions)
    if (code == division) return label;
  return nullptr;
}

const char* section_label(char section) {
  for (const auto& [code, label] : kSections)
    if (code == section) return label;
  return nullptr;
}

std::string division_name(const Site& site, i18n::Language language, std::string_view division) {
  const char* label = division_label(division);
  return label ? std::string(division) + " · " + site.tr(language, label) : std::string(division);
}

}  // namespace cps::web
