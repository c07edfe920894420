internal import CCurl
import Foundation

/// The one place that turns libcurl return codes into Swift: every option goes through a typed
/// setter that fails loudly, since a rejected option means a build without a needed feature.
enum Curl {
    /// `curl_global_init` must run once, before any thread uses curl.
    static let initialize: Void = {
        curl_global_init(Int(CURL_GLOBAL_DEFAULT))
    }()

    static func message(_ code: CURLcode) -> String {
        String(cString: curl_easy_strerror(code))
    }
}

/// A libcurl easy handle with typed setters. Owned by one transfer, used on the fetch thread only.
struct CurlEasy {
    let handle: UnsafeMutableRawPointer

    func set(_ option: CURLoption, _ value: Int) {
        check(fm_curl_easy_setopt_long(handle, option, value), option)
    }

    func set(_ option: CURLoption, _ value: String) {
        check(fm_curl_easy_setopt_string(handle, option, value), option)
    }

    func set(_ option: CURLoption, offset value: Int64) {
        check(fm_curl_easy_setopt_off_t(handle, option, curl_off_t(value)), option)
    }

    func set(_ option: CURLoption, pointer value: UnsafeMutableRawPointer?) {
        check(fm_curl_easy_setopt_pointer(handle, option, value), option)
    }

    func set(_ option: CURLoption, list value: UnsafeMutablePointer<curl_slist>?) {
        check(fm_curl_easy_setopt_slist(handle, option, value), option)
    }

    func set(_ option: CURLoption, callback: fm_curl_data_callback) {
        check(fm_curl_easy_setopt_data_callback(handle, option, callback), option)
    }

    func long(_ info: CURLINFO) -> Int {
        var value = 0
        _ = fm_curl_easy_getinfo_long(handle, info, &value)
        return value
    }

    func offset(_ info: CURLINFO) -> Int64 {
        var value: curl_off_t = 0
        _ = fm_curl_easy_getinfo_off_t(handle, info, &value)
        return Int64(value)
    }

    func string(_ info: CURLINFO) -> String? {
        var value: UnsafePointer<CChar>?
        _ = fm_curl_easy_getinfo_string(handle, info, &value)
        return value.map { String(cString: $0) }
    }

    private func check(_ code: CURLcode, _ option: CURLoption) {
        precondition(code == CURLE_OK, "libcurl rejected option \(option.rawValue): \(Curl.message(code))")
    }
}
