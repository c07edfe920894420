#ifndef FEEDMERGE_CCURL_H
#define FEEDMERGE_CCURL_H

// libcurl's setopt/getinfo calls are C variadics, which Swift cannot call. Each wrapper below
// fixes one argument type, so the Swift side stays typed and never sees a va_list.
#include <curl/curl.h>
#include <stddef.h>

typedef size_t (*fm_curl_data_callback)(char *data, size_t size, size_t count, void *userdata);
typedef int (*fm_curl_progress_callback)(void *userdata, curl_off_t dltotal, curl_off_t dlnow,
                                         curl_off_t ultotal, curl_off_t ulnow);

CURLcode fm_curl_easy_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode fm_curl_easy_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value);
CURLcode fm_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode fm_curl_easy_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode fm_curl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value);
CURLcode fm_curl_easy_setopt_data_callback(CURL *handle, CURLoption option, fm_curl_data_callback callback);
CURLcode fm_curl_easy_setopt_progress_callback(CURL *handle, fm_curl_progress_callback callback);

CURLcode fm_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode fm_curl_easy_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value);
CURLcode fm_curl_easy_getinfo_string(CURL *handle, CURLINFO info, const char **value);
CURLcode fm_curl_easy_getinfo_pointer(CURL *handle, CURLINFO info, void **value);

CURLMcode fm_curl_multi_setopt_long(CURLM *multi, CURLMoption option, long value);

/// The result of one finished transfer as curl_multi_info_read reports it (its fields are a union).
typedef struct {
    int is_done;
    CURL *handle;
    CURLcode result;
} fm_curl_done_message;

fm_curl_done_message fm_curl_multi_info_read(CURLM *multi, int *remaining);

#endif
