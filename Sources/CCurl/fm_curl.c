#include "fm_curl.h"

CURLcode fm_curl_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}
CURLcode fm_curl_easy_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}
CURLcode fm_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}
CURLcode fm_curl_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}
CURLcode fm_curl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}
CURLcode fm_curl_easy_setopt_data_callback(CURL *handle, CURLoption option, fm_curl_data_callback callback) {
    return curl_easy_setopt(handle, option, callback);
}
CURLcode fm_curl_easy_setopt_progress_callback(CURL *handle, fm_curl_progress_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback);
}

CURLcode fm_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}
CURLcode fm_curl_easy_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}
CURLcode fm_curl_easy_getinfo_string(CURL *handle, CURLINFO info, const char **value) {
    return curl_easy_getinfo(handle, info, value);
}
CURLcode fm_curl_easy_getinfo_pointer(CURL *handle, CURLINFO info, void **value) {
    return curl_easy_getinfo(handle, info, value);
}

CURLMcode fm_curl_multi_setopt_long(CURLM *multi, CURLMoption option, long value) {
    return curl_multi_setopt(multi, option, value);
}

fm_curl_done_message fm_curl_multi_info_read(CURLM *multi, int *remaining) {
    fm_curl_done_message out = {0, NULL, CURLE_OK};
    CURLMsg *msg = curl_multi_info_read(multi, remaining);
    if (msg != NULL && msg->msg == CURLMSG_DONE) {
        out.is_done = 1;
        out.handle = msg->easy_handle;
        out.result = msg->data.result;
    } else if (msg != NULL) {
        out.handle = msg->easy_handle;
    }
    return out;
}
