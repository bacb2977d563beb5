# Everything the binary reads at run time, assembled under <build>/share/clusterpolisee:
# templates, migrations, compiled message catalogues, bundled front end and shipped data.
# The binary looks for it beside itself (build tree) or in ../share (installed tree).
set(CPS_SHARE_DIR ${CMAKE_BINARY_DIR}/share/clusterpolisee)
set(CPS_LANGUAGES en ro sq hu el)

file(GLOB_RECURSE cps_template_files CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/templates/*.mustache)
file(GLOB_RECURSE cps_migration_files CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/migrations/*.sql)
file(GLOB_RECURSE cps_shipped_data CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/data/security/*
  ${CMAKE_SOURCE_DIR}/data/demo/* ${CMAKE_SOURCE_DIR}/data/eurostat/* ${CMAKE_SOURCE_DIR}/data/assessment/*
  ${CMAKE_SOURCE_DIR}/data/monitoring/*
  ${CMAKE_SOURCE_DIR}/data/reference/nace-cluster-categories.csv ${CMAKE_SOURCE_DIR}/data/knowledge/thesaurus.json)
file(GLOB_RECURSE cps_frontend_files CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/static/*.js ${CMAKE_SOURCE_DIR}/static/*.css ${CMAKE_SOURCE_DIR}/static/*.svg
  ${CMAKE_SOURCE_DIR}/static/*.png ${CMAKE_SOURCE_DIR}/static/*.ico)

add_custom_command(
  OUTPUT ${CPS_SHARE_DIR}/templates.stamp
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${CPS_SHARE_DIR}/templates ${CPS_SHARE_DIR}/migrations ${CPS_SHARE_DIR}/api
          ${CPS_SHARE_DIR}/security ${CPS_SHARE_DIR}/demo ${CPS_SHARE_DIR}/eurostat ${CPS_SHARE_DIR}/reference
          ${CPS_SHARE_DIR}/knowledge ${CPS_SHARE_DIR}/assessment ${CPS_SHARE_DIR}/monitoring
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/data/eurostat ${CPS_SHARE_DIR}/eurostat
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/data/security ${CPS_SHARE_DIR}/security
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/data/demo ${CPS_SHARE_DIR}/demo
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/data/assessment ${CPS_SHARE_DIR}/assessment
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/data/monitoring ${CPS_SHARE_DIR}/monitoring
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/data/reference/nace-cluster-categories.csv
          ${CPS_SHARE_DIR}/reference/nace-cluster-categories.csv
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/data/knowledge/thesaurus.json
          ${CPS_SHARE_DIR}/knowledge/thesaurus.json
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/templates ${CPS_SHARE_DIR}/templates
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/migrations ${CPS_SHARE_DIR}/migrations
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/src/api/openapi.json ${CPS_SHARE_DIR}/api/openapi.json
  COMMAND ${CMAKE_COMMAND} -E touch ${CPS_SHARE_DIR}/templates.stamp
  DEPENDS ${cps_template_files} ${cps_migration_files} ${cps_shipped_data}
          ${CMAKE_SOURCE_DIR}/src/api/openapi.json
  COMMENT "Copying templates, migrations, shipped data and the API description")

set(cps_mo_files)
foreach(lang IN LISTS CPS_LANGUAGES)
  set(po ${CMAKE_SOURCE_DIR}/locale/${lang}/LC_MESSAGES/clusterpolisee.po)
  set(mo ${CPS_SHARE_DIR}/locale/${lang}/LC_MESSAGES/clusterpolisee.mo)
  add_custom_command(
    OUTPUT ${mo}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CPS_SHARE_DIR}/locale/${lang}/LC_MESSAGES
    COMMAND ${GETTEXT_MSGFMT_EXECUTABLE} --check --output-file=${mo} ${po}
    DEPENDS ${po}
    COMMENT "Compiling the ${lang} message catalogue")
  list(APPEND cps_mo_files ${mo})
endforeach()

# The lock file changes when front-end packages do; a checkout without one fails in build-frontend.
set(cps_frontend_lock)
foreach(f package-lock.json tools/build-frontend)
  if(EXISTS ${CMAKE_SOURCE_DIR}/${f})
    list(APPEND cps_frontend_lock ${CMAKE_SOURCE_DIR}/${f})
  endif()
endforeach()

add_custom_command(
  OUTPUT ${CPS_SHARE_DIR}/static.stamp
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${CPS_SHARE_DIR}/static
  COMMAND ${CMAKE_SOURCE_DIR}/tools/build-frontend ${CPS_SHARE_DIR}/static
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CPS_SHARE_DIR}/static/geo
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/data/nuts/NUTS_RG_60M_2021_4326_LEVL_2.geojson
          ${CPS_SHARE_DIR}/static/geo/nuts2-2021.geojson
  COMMAND ${CMAKE_COMMAND} -E touch ${CPS_SHARE_DIR}/static.stamp
  DEPENDS ${cps_frontend_files} ${cps_frontend_lock}
          ${CMAKE_SOURCE_DIR}/data/nuts/NUTS_RG_60M_2021_4326_LEVL_2.geojson
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
  COMMENT "Bundling the front end with esbuild")

add_custom_target(resources ALL
  DEPENDS ${CPS_SHARE_DIR}/templates.stamp ${CPS_SHARE_DIR}/static.stamp ${cps_mo_files})

install(DIRECTORY ${CPS_SHARE_DIR}/ DESTINATION share/clusterpolisee
  PATTERN "*.stamp" EXCLUDE)
